import { launchChromium, signIn } from "./browser";
const [base, email, password, out] = process.argv.slice(2);
const browser = await launchChromium();
const { page } = await signIn(browser, base!, email!, password!);
for (const [path, name] of [["/map", "map"], ["/dispatch", "dispatch"], ["/admin", "admin"]] as const) {
  await page.goto(path);
  await page.waitForTimeout(path === "/admin" ? 1500 : 5000);
  await page.screenshot({ path: `${out}-${name}.png` });
}
await browser.close();
