import { EMPTY_RANGE } from "../../diagnostics/diagnostic.js";
import type { CheckContext } from "../context.js";
import { didYouMean } from "../suggest.js";

/** Superiors exist, seniority has no circles, and exactly one residual authority exists. */
export function checkAuthorities(context: CheckContext): void {
  const { authorities } = context.ruleSet;
  for (const authority of authorities.values()) {
    if (authority.reportsTo !== undefined && !authorities.has(authority.reportsTo)) {
      const declaration = findAuthorityDeclaration(context, authority.name);
      context.report("check/unknown-authority", authority.file, declaration ?? authority.nameRange, `no authority \`${authority.reportsTo}\` is declared`, didYouMean(authority.reportsTo, authorities.keys()));
    }
  }
  for (const authority of authorities.values()) {
    const seen = new Set<string>([authority.name]);
    let current = authority.reportsTo;
    while (current !== undefined) {
      if (seen.has(current)) {
        if (current === authority.name) {
          context.report("check/seniority-cycle", authority.file, authority.nameRange, `\`${authority.name}\` reports, through others, to itself`);
        }
        break;
      }
      seen.add(current);
      current = authorities.get(current)?.reportsTo;
    }
  }
  checkResidual(context);
}

function findAuthorityDeclaration(context: CheckContext, name: string) {
  for (const file of context.ruleSet.files) {
    for (const declaration of file.declarations) {
      if (declaration.kind === "authority" && declaration.name.text === name && declaration.reportsTo) return declaration.reportsTo.range;
    }
  }
  return undefined;
}

function checkResidual(context: CheckContext): void {
  const set = context.ruleSet;
  if (set.residual === undefined) {
    const anchor = set.authorities.values().next().value ?? set.files[0];
    if (!anchor || set.rules.every((rule) => rule.approver === undefined)) return;
    const file = "file" in anchor ? anchor.file : anchor.uri;
    const range = "nameRange" in anchor ? anchor.nameRange : EMPTY_RANGE;
    context.report("check/missing-residual", file, range, "no residual authority is declared, so an item that no rule delegates has no approver", "add `residual authority NAME`");
    return;
  }
  if (!set.authorities.has(set.residual)) {
    for (const file of set.files) {
      for (const declaration of file.declarations) {
        if (declaration.kind === "residual") {
          context.report("check/unknown-authority", file.uri, declaration.name.range, `no authority \`${set.residual}\` is declared`, didYouMean(set.residual, set.authorities.keys()));
        }
      }
    }
  }
}
