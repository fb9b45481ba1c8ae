// The adapter to Framework's internals: it accepts only the version it was written for, and reads a page the way
// Framework's build does.
import {describe, expect, it} from "vitest";
import {
  checkFrameworkVersion,
  createMarkdownIt,
  FRAMEWORK_VERSION,
  isImportOnly,
  parseMarkdown,
  transpileCell
} from "../../src/site/framework.js";

describe("the Framework adapter", () => {
  it("accepts 1.13.4 only, and says what to do about another version", () => {
    expect(FRAMEWORK_VERSION).toBe("1.13.4");
    expect(() => checkFrameworkVersion("1.13.4")).not.toThrow();
    expect(() => checkFrameworkVersion("1.13.5")).toThrow(
      /1\.13\.5 is installed.*written for 1\.13\.4/
    );
    expect(() => checkFrameworkVersion("2.0.0")).toThrow(/port the adapter/);
  });

  it("parses a page into cells and transpiles one as Framework's build does", () => {
    const md = createMarkdownIt();
    const page = parseMarkdown(
      '# T\n\n```js\nimport {a} from "./a.js";\n```\n\n```js\nconst b = a + 1;\n```\n\n${b}\n',
      {md, path: "/t"}
    );
    expect(page.title).toBe("T");
    expect(page.code.map((c) => c.mode)).toEqual(["block", "block", "inline"]);
    expect(page.code.map(isImportOnly)).toEqual([true, false, false]);
    expect(transpileCell(page.code[1]!, "/t")).toMatch(
      /^define\(\{id: "[0-9a-f]{8}", inputs: \["a"\], outputs: \["b"\]/
    );
  });
});
