// jsdom has no layout: the few browser APIs zmp-ui's shell calls get harmless stand-ins.
// (Tests of data only run in Node, without a window: nothing to do there.)
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.scrollTo = () => {};
  Element.prototype.scrollTo = () => {};
}
