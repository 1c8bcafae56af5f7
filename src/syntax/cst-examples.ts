import type * as C from "../../grammar/cst.generated.js";
import type * as A from "./ast.js";
import { inText, nameOf, nodeRange, type TokenDecoder } from "./cst-tokens.js";

/** CST → AST for worked examples: facts given, and expectations. */
export class ExampleBuilder {
  constructor(private readonly tokens: TokenDecoder) {}


  example(node: C.ExampleDeclarationCstNode): A.ExampleDeclaration | undefined {
    const c = node.children;
    const title = this.tokens.text(c.title?.[0]);
    if (!title) return undefined;
    const date = this.tokens.date(c.date?.[0]);
    return {
      kind: "example",
      title,
      ...(date ? { date } : {}),
      given: this.facts(c.given?.[0]),
      cases: (c.exampleCase ?? []).map((caseNode) => ({
        facts: this.facts(caseNode.children.facts?.[0]),
        expectations: (caseNode.children.expectation ?? []).flatMap((expectation) => this.expectation(expectation) ?? []),
        range: nodeRange(caseNode),
      })),
      range: nodeRange(node),
    };
  }

  private facts(node: C.FactListCstNode | undefined): A.FactAssignment[] {
    return (node?.children.factAssignment ?? []).flatMap((assignment) => {
      const fact = nameOf(assignment.children.fact?.[0]);
      const valueNode = assignment.children.value?.[0];
      const value = valueNode ? this.factValue(valueNode) : undefined;
      return fact && value ? [{ fact, value, range: nodeRange(assignment) }] : [];
    });
  }

  factValue(node: C.FactValueCstNode): A.FactValue | undefined {
    const c = node.children;
    const range = nodeRange(node);
    if (c.signedMoney?.[0]) return this.signedMoney(c.signedMoney[0]);
    if (c.percent?.[0]) return { kind: "percent", raw: c.percent[0].image, value: c.percent[0].image.slice(0, -1), range };
    if (c.date?.[0]) return this.tokens.date(c.date[0]);
    if (c.periodLiteral?.[0]) return this.tokens.period(c.periodLiteral[0]);
    if (c.boolean?.[0]) return { kind: "boolean", value: c.boolean[0].image === "yes", range };
    if (c.none?.[0]) return { kind: "none", range };
    if (c.name?.[0]) {
      const name = nameOf(c.name[0]);
      return name ? { kind: "name", name, range } : undefined;
    }
    if (c.text?.[0]) {
      const text = this.tokens.text(c.text[0]);
      return text ? { kind: "text", text, range } : undefined;
    }
    if (c.listValue?.[0]) return this.list(c.listValue[0]);
    return undefined;
  }

  private signedMoney(node: C.SignedMoneyCstNode): A.MoneyLiteral | undefined {
    const token = node.children.money?.[0];
    if (!inText(token)) return undefined;
    const literal = this.tokens.money(token, node.children.minus !== undefined);
    return { ...literal, range: nodeRange(node) };
  }

  private list(node: C.ListValueCstNode): A.FactValue {
    const items: A.ListItem[] = [];
    for (const token of node.children.text ?? []) {
      const text = this.tokens.text(token);
      if (text) items.push({ kind: "text", text, range: text.range });
    }
    for (const modification of node.children.modification ?? []) {
      const valueNode = modification.children.value?.[0];
      const value = valueNode ? this.signedMoney(valueNode) : undefined;
      if (!value) continue;
      const date = this.tokens.date(modification.children.date?.[0]);
      const ground = this.tokens.text(modification.children.ground?.[0]);
      items.push({ kind: "modification", value, ...(date ? { date } : {}), ...(ground ? { ground } : {}), range: nodeRange(modification) });
    }
    items.sort((left, right) => left.range.start - right.range.start);
    return { kind: "list", items, range: nodeRange(node) };
  }

  private expectation(node: C.ExpectationCstNode): A.Expectation | undefined {
    const c = node.children;
    const range = nodeRange(node);
    if (c.Approver) {
      const authority = nameOf(c.authority?.[0]);
      return authority ? { kind: "approver", authority, range } : undefined;
    }
    if (c.Grounds) return { kind: "grounds", grounds: (c.ground ?? []).flatMap((token) => this.tokens.text(token) ?? []), range };
    if (c.rule?.[0]) {
      const rule = this.tokens.text(c.rule[0]);
      const word = c.status?.[0]?.image;
      const status = word === "applies" ? "holds" : word === "does" ? "fails" : word === "undecided" ? "undecided" : undefined;
      return rule && status ? { kind: "rule-status", rule, status, range } : undefined;
    }
    if (c.Finding) {
      const code = nameOf(c.finding?.[0]);
      return code ? { kind: "finding", code, present: c.absent === undefined, range } : undefined;
    }
    return undefined;
  }

}
