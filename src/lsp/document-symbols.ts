import { type DocumentSymbol, SymbolKind } from "vscode-languageserver";
import type { Range } from "../diagnostics/diagnostic.js";
import type * as A from "../syntax/ast.js";
import { printCase } from "../syntax/print-examples.js";
import { toLspRange } from "./text-positions.js";

/** The outline of a rule file: one entry per declaration, with a parameter's periods and an example's cases inside. */
export function documentSymbols(file: A.RuleFile): DocumentSymbol[] {
  const symbol = (name: string, detail: string, kind: SymbolKind, range: Range, selection: Range, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name: name || "(unnamed)",
    detail,
    kind,
    range: toLspRange(file.text, range),
    selectionRange: toLspRange(file.text, selection),
    children,
  });
  return file.declarations.map((declaration) => {
    switch (declaration.kind) {
      case "pack":
        return symbol(declaration.title.value, "pack", SymbolKind.Package, declaration.range, declaration.title.range);
      case "authority":
        return symbol(declaration.name.text, declaration.title.value, SymbolKind.Object, declaration.range, declaration.name.range);
      case "residual":
        return symbol(`residual authority ${declaration.name.text}`, "", SymbolKind.Key, declaration.range, declaration.name.range);
      case "regime":
        return symbol(declaration.name.text, declaration.title.value, SymbolKind.Namespace, declaration.range, declaration.name.range);
      case "parameter":
        return symbol(declaration.name.text, declaration.title.value, SymbolKind.Constant, declaration.range, declaration.name.range,
          declaration.periods.map((period) => symbol(`from ${period.from.raw}${period.until ? ` until ${period.until.raw}` : ""}`, `${period.rows.length} values`, SymbolKind.Field, period.range, period.from.range)));
      case "define":
        return symbol(declaration.name.text, declaration.title?.value ?? "definition", SymbolKind.Function, declaration.range, declaration.name.range);
      case "assume":
        return symbol(`assume ${declaration.fact.text}`, declaration.reason.value, SymbolKind.Property, declaration.range, declaration.fact.range);
      case "rule":
        return symbol(`"${declaration.id.value}"`, declaration.title.value, SymbolKind.Method, declaration.range, declaration.id.range);
      case "example":
        return symbol(declaration.title.value, "example", SymbolKind.Event, declaration.range, declaration.title.range,
          declaration.cases.map((exampleCase, index) => symbol(`case ${index + 1}`, printCase(exampleCase), SymbolKind.EnumMember, exampleCase.range, exampleCase.range)));
    }
  });
}
