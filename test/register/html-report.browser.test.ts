import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

/**
 * The meeting report in a real headless browser: Debian's chromium driven by playwright-core.
 * Where no browser is installed these tests skip and say how to get one; CI installs it.
 */
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const HAVE_BROWSER = existsSync(CHROMIUM);
const TITLE = HAVE_BROWSER ? "the HTML report in a browser" : `the HTML report in a browser (skipped: no browser at ${CHROMIUM}; install one with \`apt-get install -y chromium\` or set CHROMIUM_PATH)`;

/** Runs in the page (hence plain JavaScript): decodes a PNG and counts its dark and its red pixels. */
const COUNT_PIXELS = `async (dataUrl) => {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const drawing = canvas.getContext("2d");
  drawing.drawImage(image, 0, 0);
  const data = drawing.getImageData(0, 0, image.width, image.height).data;
  let dark = 0;
  let red = 0;
  for (let index = 0; index < data.length; index += 4) {
    const [r, g, b] = [data[index], data[index + 1], data[index + 2]];
    if (r < 80 && g < 80 && b < 80) dark += 1;
    if (r > 150 && g < 70 && b < 70) red += 1;
  }
  return { width: image.width, height: image.height, dark, red };
}`;

if (!HAVE_BROWSER) console.warn(`html-report.browser.test.ts: ${TITLE}`);

describe.skipIf(!HAVE_BROWSER)(TITLE, () => {
  let folder: string;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "register-browser-"));
    const report = join(folder, "report.html");
    await cli(["register", "test/register/fixtures/seed-register.csv", "--output", report]);
    context = await chromium.launchPersistentContext(join(folder, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
    });
    // The report must work offline: any request beyond the file itself is a failure.
    await context.route((url) => url.protocol !== "file:", (route) => {
      errors.push(`request to ${route.request().url()}`);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(pathToFileURL(report).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const column = (index: number) => page.$$eval(`#row-table tbody tr:not([hidden]) td:nth-child(${index})`, (cells) => cells.map((cell) => cell.textContent?.trim() ?? ""));

  it("renders the summary, the charts and the flagged chain, with no errors and nothing fetched", async () => {
    expect(await page.title()).toBe("Register check: test/register/fixtures/seed-register.csv");
    const cards = await page.$$eval("#summary .card", (elements) => elements.map((element) => element.textContent?.replace(/\s+/g, " ").trim()));
    expect(cards).toEqual(["9rows", "9checked", "4with errors", "1with warnings", "4clean", "0skipped (unreadable)"]);
    expect(await page.$$eval("#charts svg.bars", (charts) => charts.map((chart) => chart.getAttribute("aria-label")))).toEqual(["Rows by approver", "Rows by procurement route"]);
    expect(await page.locator('.chain[data-contract="DRIVE-2023"] circle.flag.warning title').textContent()).toBe("warning: cumulative-increase");
    expect(await page.locator("#shown").textContent()).toBe("9 of 9 rows shown");
    expect(errors).toEqual([]);
  });

  it("sorts the table by a column, both ways", async () => {
    await page.getByRole("button", { name: "Value" }).click();
    expect((await column(5))[0]).toBe("£80,000");
    expect(await page.locator('th:has(button:text-is("Value"))').getAttribute("aria-sort")).toBe("ascending");
    await page.getByRole("button", { name: "Value" }).click();
    expect((await column(5)).slice(0, 2)).toEqual(["£1,653,131", "£1,400,000"]);
    await page.getByRole("button", { name: "Row" }).click();
    expect(await column(1)).toEqual(["2", "3", "4", "5", "6", "7", "8", "9", "10"]);
  });

  it("filters the table by text, status and approver", async () => {
    await page.getByLabel("Filter rows by any text").fill("drive");
    expect(await column(2)).toEqual(["PCD1513-AWARD", "DRIVE-U1", "DRIVE-U2", "DRIVE-U3"]);
    expect(await page.locator("#shown").textContent()).toBe("4 of 9 rows shown");
    await page.getByLabel("Filter by status").selectOption("warning");
    expect(await column(2)).toEqual(["DRIVE-U3"]);
    await page.getByLabel("Filter rows by any text").fill("");
    await page.getByLabel("Filter by status").selectOption("");
    await page.getByLabel("Filter by approver").selectOption("CEO");
    expect(await column(2)).toEqual(["PCD1843-ND", "PCD1843-MH"]);
    await page.getByLabel("Filter by approver").selectOption("");
    expect(await page.locator("#shown").textContent()).toBe("9 of 9 rows shown");
  });

  it("shows the summary on the first screen, as a screenshot of it shows", async () => {
    await page.evaluate("window.scrollTo(0, 0)");
    const summary = page.locator("#summary");
    const box = await summary.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(900);
    const shot = await summary.screenshot();
    writeFileSync(join(folder, "summary.png"), shot);
    // The browser decodes its own screenshot: the picture has the cards' text and the error card's red.
    const pixels = (await page.evaluate(`(${COUNT_PIXELS})(${JSON.stringify(`data:image/png;base64,${shot.toString("base64")}`)})`)) as { width: number; height: number; dark: number; red: number };
    expect(pixels.width).toBe(Math.round(box?.width ?? 0));
    expect(pixels.height).toBe(Math.round(box?.height ?? 0));
    expect(pixels.dark).toBeGreaterThan(500);
    expect(pixels.red).toBeGreaterThan(100);
  });
});
