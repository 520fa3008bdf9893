// The checks a schema cannot express: ids unique, references resolve, bounds consistent,
// patterns compile, conditions acyclic and pages reachable. Every issue is collected.
import { buildVietQr, type VietQrBank } from '@govmini/vn/vietqr';
import type { ProcedureIssue } from './api';
import { isTruthy } from './expression';
import { childPath, didYouMean } from './paths';
import {
  checkExpression,
  choiceValues,
  entryKey,
  type FieldEntry,
  fold,
  type Scope,
} from './semantic-expressions';
import { checkFieldProperties, checkOptions, duplicates } from './semantic-fields';
import type { CrossFieldRule, ProcedureDefinition } from './types';

type Issues = ProcedureIssue[];
type Edge = { to: FieldEntry; path: string };

function checkRules(
  rules: readonly CrossFieldRule[],
  path: string,
  scope: Scope,
  names: ReadonlyMap<string, FieldEntry>,
  issues: Issues,
) {
  duplicates(
    rules,
    (r) => r.id,
    (i, id, first) => {
      issues.push({
        code: 'duplicate_id',
        path: `${path}[${i}].id`,
        message: `Rule id \`${id}\` is already used by ${path}[${first}].`,
      });
    },
  );
  rules.forEach((rule, i) => {
    const at = `${path}[${i}]`;
    if (rule.when !== undefined)
      checkExpression(rule.when, `${at}.when`, scope, { kind: 'condition' }, issues);
    checkExpression(rule.assert, `${at}.assert`, scope, { kind: 'condition' }, issues);
    rule.fields.forEach((id, j) => {
      if (!names.has(id)) {
        issues.push({
          code: 'unknown_field_reference',
          path: `${at}.fields[${j}]`,
          message: `Rule \`${rule.id}\` shows its error on \`${id}\`, which is not a field here.${didYouMean(id, names.keys())}`,
        });
      }
    });
  });
}

/** Every cycle among the fields' `visibleWhen` references, each reported once. */
function checkCycles(
  edges: ReadonlyMap<string, readonly { to: string; path: string }[]>,
  issues: Issues,
) {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const edge of edges.get(node) ?? []) {
      if (state.get(edge.to) === 'open') {
        const cycle = stack.slice(stack.indexOf(edge.to));
        const start = cycle.indexOf([...cycle].sort()[0] as string);
        const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
        const key = ordered.join(' → ');
        if (reported.has(key)) continue;
        reported.add(key);
        const first = ordered[0] as string;
        const next = ordered[1] ?? first;
        const path = edges.get(first)?.find((e) => e.to === next)?.path ?? '$';
        issues.push({
          code: 'cyclic_condition',
          path,
          message: `Conditions form a cycle: ${[...ordered, first].map((id) => `\`${id}\``).join(' → ')}. A field cannot be shown depending, directly or through other fields, on its own answer.`,
        });
      } else if (!state.has(edge.to)) {
        visit(edge.to);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
}

function checkFee(
  procedure: ProcedureDefinition,
  top: ReadonlyMap<string, FieldEntry>,
  issues: Issues,
) {
  const fee = procedure.fee;
  if (fee.kind !== 'byChoice') return;
  const entry = top.get(fee.fieldId);
  if (!entry) {
    issues.push({
      code: 'unknown_field_reference',
      path: '$.fee.fieldId',
      message: `No field \`${fee.fieldId}\`.${didYouMean(fee.fieldId, top.keys())}`,
    });
    return;
  }
  const values = choiceValues(entry.field)?.map(String);
  if (!values) {
    issues.push({
      code: 'wrong_field_type',
      path: '$.fee.fieldId',
      message: `The fee depends on a choice: \`${fee.fieldId}\` must be a select, radio or yesNo field, not ${entry.field.type}.`,
    });
    return;
  }
  for (const key of Object.keys(fee.amounts)) {
    if (!values.includes(key)) {
      issues.push({
        code: 'unknown_option',
        path: childPath('$.fee.amounts', key),
        message: `\`${fee.fieldId}\` has no option \`${key}\`; its values: ${values.join(', ')}.`,
      });
    }
  }
  const missing = values.filter((value) => !Object.hasOwn(fee.amounts, value));
  if (missing.length) {
    issues.push({
      code: 'incomplete_fee',
      path: '$.fee.amounts',
      message: `No amount for ${missing.map((v) => `\`${v}\``).join(', ')} of \`${fee.fieldId}\`.`,
    });
  }
  if (
    entry.field.required !== true ||
    entry.field.visibleWhen !== undefined ||
    procedure.pages[entry.pageIndex]?.visibleWhen !== undefined
  ) {
    issues.push({
      code: 'incomplete_fee',
      path: `${entry.path}.required`,
      message: `The fee depends on \`${fee.fieldId}\`, so it must always be asked and required (\`required: true\`, no \`visibleWhen\` on it or its page).`,
    });
  }
}

/** The receiving account makes a VietQR code: a BIN on the bank list, an account it accepts. */
function checkFeeAccount(
  procedure: ProcedureDefinition,
  banks: readonly VietQrBank[] | undefined,
  issues: Issues,
) {
  const fee = procedure.fee;
  if (fee.kind === 'none' || !fee.account) return;
  const { bankBin, accountNumber } = fee.account;
  const built = buildVietQr({ bankBin, accountNumber }, { banks, locale: 'en' });
  if (built.ok) return;
  const onBin = built.error.code === 'bank_bin' || built.error.code === 'unknown_bank';
  issues.push({
    code: 'invalid_payment_account',
    path: onBin ? '$.fee.account.bankBin' : '$.fee.account.accountNumber',
    message: onBin
      ? `No bank with BIN \`${bankBin}\` in the VietQR bank list (vietQrBanks of @govmini/vn/vietqr, or the \`banks\` given to parseProcedure); e.g. 970436 is Vietcombank, 970415 VietinBank, 970418 BIDV, 970405 Agribank.`
      : `VietQR cannot carry account number \`${accountNumber}\`: ${built.error.message}`,
  });
}

export interface CheckProcedureOptions {
  /** Banks a fee's account may be at (default `vietQrBanks` of @govmini/vn/vietqr). */
  readonly banks?: readonly VietQrBank[] | undefined;
}

/** Every semantic problem of a definition that already has the right shape. */
export function checkProcedure(
  procedure: ProcedureDefinition,
  options: CheckProcedureOptions = {},
): ProcedureIssue[] {
  const issues: Issues = [];
  const top = new Map<string, FieldEntry>();
  const groups: { entry: FieldEntry; items: Map<string, FieldEntry> }[] = [];
  const documents = new Set<string>();

  duplicates(
    procedure.pages,
    (p) => p.id,
    (i, id, first) => {
      issues.push({
        code: 'duplicate_page_id',
        path: `$.pages[${i}].id`,
        message: `Page id \`${id}\` is already used by $.pages[${first}].`,
      });
    },
  );
  duplicates(
    procedure.documents,
    (d) => d.id,
    (i, id, first) => {
      issues.push({
        code: 'duplicate_id',
        path: `$.documents[${i}].id`,
        message: `Document id \`${id}\` is already used by $.documents[${first}].`,
      });
    },
  );
  for (const doc of procedure.documents) documents.add(doc.id);
  if (procedure.onBehalf) {
    checkOptions(procedure.onBehalf.relationships, '$.onBehalf.relationships', issues);
    if (procedure.onBehalf.allowed && procedure.onBehalf.relationships.length === 0) {
      issues.push({
        code: 'invalid_bounds',
        path: '$.onBehalf.relationships',
        message: 'Filing for someone else is allowed: offer at least one relationship.',
      });
    }
  }

  // Register every field first: conditions may name fields further on.
  procedure.pages.forEach((page, pageIndex) => {
    page.fields.forEach((field, j) => {
      const path = `$.pages[${pageIndex}].fields[${j}]`;
      const entry: FieldEntry = { field, path, pageIndex };
      const first = top.get(field.id);
      if (first) {
        issues.push({
          code: 'duplicate_field_id',
          path: `${path}.id`,
          message: `Field id \`${field.id}\` is already used by ${first.path}.`,
        });
      } else top.set(field.id, entry);
      if (field.type !== 'group') return;
      const items = new Map<string, FieldEntry>();
      field.fields.forEach((item, k) => {
        const itemPath = `${path}.fields[${k}]`;
        const previous = items.get(item.id);
        if (previous) {
          issues.push({
            code: 'duplicate_field_id',
            path: `${itemPath}.id`,
            message: `Field id \`${item.id}\` is already used in this group by ${previous.path}.`,
          });
        } else items.set(item.id, { field: item, path: itemPath, pageIndex, groupId: field.id });
      });
      groups.push({ entry, items });
    });
  });

  const edges = new Map<string, { to: string; path: string }[]>();
  const checkField = (entry: FieldEntry, scope: Scope) => {
    const { field, path } = entry;
    const found: Edge[] = [];
    if (field.visibleWhen !== undefined) {
      checkExpression(
        field.visibleWhen,
        `${path}.visibleWhen`,
        scope,
        { kind: 'condition' },
        issues,
        found,
      );
    }
    if (field.required !== undefined && typeof field.required !== 'boolean') {
      checkExpression(field.required, `${path}.required`, scope, { kind: 'condition' }, issues);
    }
    edges.set(
      entryKey(entry),
      found.map((edge) => ({ to: entryKey(edge.to), path: edge.path })),
    );
    checkFieldProperties(entry, scope, documents, issues);
  };

  procedure.pages.forEach((page, pageIndex) => {
    const pagePath = `$.pages[${pageIndex}]`;
    if (page.visibleWhen !== undefined) {
      const site = { kind: 'page', pageIndex, pageId: page.id } as const;
      checkExpression(page.visibleWhen, `${pagePath}.visibleWhen`, { top }, site, issues);
      const folded = fold(page.visibleWhen, { top });
      if (folded && !isTruthy(folded.value)) {
        issues.push({
          code: 'unreachable_page',
          path: `${pagePath}.visibleWhen`,
          message: `Page \`${page.id}\` can never be shown: its condition is always false (check the values it compares with).`,
        });
      }
    }
    page.fields.forEach((field, j) => {
      const entry = top.get(field.id);
      // A duplicate id was reported above; check the duplicate itself in its own right.
      const own =
        entry?.path === `${pagePath}.fields[${j}]`
          ? entry
          : { field, path: `${pagePath}.fields[${j}]`, pageIndex };
      checkField(own, { top });
    });
  });
  for (const { entry, items } of groups) {
    if (entry.field.type !== 'group') continue;
    for (const item of items.values()) checkField(item, { top, item: items });
    if (entry.field.rules)
      checkRules(entry.field.rules, `${entry.path}.rules`, { top, item: items }, items, issues);
  }

  checkCycles(edges, issues);
  if (procedure.rules) checkRules(procedure.rules, '$.rules', { top }, top, issues);
  procedure.documents.forEach((doc, i) => {
    if (typeof doc.required !== 'boolean') {
      checkExpression(
        doc.required,
        `$.documents[${i}].required`,
        { top },
        { kind: 'condition' },
        issues,
      );
    }
  });
  checkFee(procedure, top, issues);
  checkFeeAccount(procedure, options.banks, issues);
  return issues;
}
