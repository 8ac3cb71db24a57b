import { launchChromium } from "./browser";
const b = await launchChromium();
const p = await b.newPage();
await p.setContent("<canvas id=c></canvas>");
console.log(await p.evaluate(() => { const c = document.getElementById("c") as HTMLCanvasElement; const gl = c.getContext("webgl2"); return gl ? "webgl2 ok " + gl.getParameter(gl.RENDERER) : "no webgl2"; }));
await b.close();
