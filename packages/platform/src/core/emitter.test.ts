import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmitter } from './emitter';

type Events = { hidden: undefined; network: { online: boolean } };

describe('createEmitter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('delivers typed payloads to the listeners of that event, in subscription order', () => {
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    emitter.on('network', (state) => calls.push(`1:${state.online}`));
    emitter.on('network', (state) => calls.push(`2:${state.online}`));
    emitter.on('hidden', () => calls.push('hidden'));
    emitter.emit('network', { online: false });
    expect(calls).toEqual(['1:false', '2:false']);
    expect(emitter.listenerCount('network')).toBe(2);
    expect(emitter.listenerCount('hidden')).toBe(1);
    // @ts-expect-error wrong payload type
    emitter.emit('network', { online: 'yes' });
  });

  it('unsubscribe is idempotent and independent per subscription', () => {
    const emitter = createEmitter<Events>();
    const listener = vi.fn();
    const offA = emitter.on('hidden', listener);
    const offB = emitter.on('hidden', listener);
    offA();
    offA();
    emitter.emit('hidden', undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    offB();
    offB();
    emitter.emit('hidden', undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(emitter.listenerCount('hidden')).toBe(0);
  });

  it('a throwing listener does not stop the others; its error is rethrown in a microtask', () => {
    const reported: (() => void)[] = [];
    vi.stubGlobal('queueMicrotask', (task: () => void) => reported.push(task));
    const emitter = createEmitter<Events>();
    const boom = new Error('listener bug');
    const after = vi.fn();
    emitter.on('hidden', () => {
      throw boom;
    });
    emitter.on('hidden', after);
    expect(() => emitter.emit('hidden', undefined)).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);
    expect(reported).toHaveLength(1);
    expect(() => reported[0]?.()).toThrow(boom);
  });

  it('is safe when listeners unsubscribe or subscribe during an emit', () => {
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    let offLater: () => void = () => {};
    const offSelf = emitter.on('hidden', () => {
      calls.push('self');
      offSelf();
    });
    emitter.on('hidden', () => {
      calls.push('remover');
      offLater();
      emitter.on('hidden', () => calls.push('added'));
    });
    offLater = emitter.on('hidden', () => calls.push('later'));
    emitter.emit('hidden', undefined);
    expect(calls).toEqual(['self', 'remover']); // removed before its turn: skipped; added: next time
    calls.length = 0;
    emitter.emit('hidden', undefined);
    expect(calls).toEqual(['remover', 'added']);
  });

  it('clear removes every listener, even mid-emit, and old unsubscribes stay harmless', () => {
    const emitter = createEmitter<Events>();
    const second = vi.fn();
    const off = emitter.on('hidden', () => emitter.clear());
    emitter.on('hidden', second);
    emitter.on('network', second);
    emitter.emit('hidden', undefined);
    expect(second).not.toHaveBeenCalled();
    expect(emitter.listenerCount('hidden') + emitter.listenerCount('network')).toBe(0);
    const fresh = vi.fn();
    emitter.on('hidden', fresh);
    off();
    emitter.emit('hidden', undefined);
    expect(fresh).toHaveBeenCalledTimes(1);
  });
});
