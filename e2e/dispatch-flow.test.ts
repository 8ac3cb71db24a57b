import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import type { ResponseTimes } from "@/lib/metrics/response-times-view";
import { postAsTwilio } from "@/lib/testing/post-as-twilio";
import { newCallSid } from "@/lib/twilio/ring-training-call";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

const AUTH_TOKEN = "e2e-twilio-auth-token-0123456789abcdef";
// P3 and P4 jobs escalate after 3 s here, so that a test can wait for an alert.
const e2e = useConsoleInBrowser({ TWILIO_AUTH_TOKEN: AUTH_TOKEN, ACK_TIMEOUT_SECONDS: "P1=60,P2=60,P3=3,P4=3" });

// Inside Kemayoran, near its polsek's published position: the fixture's polsek officer's station.
const PLACE = "-6.1595, 106.8531";

describe("the 112 loop in three browsers", () => {
  it("rings, becomes an incident, is dispatched by one key, worked by the polsek and closed", async () => {
    const operator = await e2e.signInAs("operator");
    const dispatcher = await e2e.signInAs("dispatcher");
    const polsek = await e2e.signInAs("polsek");
    await Promise.all([operator.page.goto("/calls"), dispatcher.page.goto("/dispatch"), polsek.page.goto("/polsek")]);
    await Promise.all([waitForLive(operator.page), waitForLive(dispatcher.page), waitForLive(polsek.page)]);
    const polsekStation = (await polsek.page.getByTestId("own-station").textContent()) ?? "";
    // The supervisor's figures before this incident: it must add one to each step it goes through.
    const countOf = (t: ResponseTimes, m: string) => t.overall.find((f) => f.measure === m)?.count ?? 0;
    const figuresBefore = await e2e.console.data<ResponseTimes>("/api/metrics/response-times", { as: "supervisor" });
    expect(polsekStation).toContain(e2e.console.users.polsek!.stationCode!);

    // A signed webhook rings; the call-taker answers and logs it as an incident.
    const from = "+6281277788899";
    const ring = await postAsTwilio(`${e2e.console.url}/api/twilio/voice`, AUTH_TOKEN, {
      CallSid: newCallSid(),
      From: from,
      To: "112",
      CallStatus: "ringing",
    });
    expect(ring.status).toBe(200);
    const op = operator.page;
    await op.getByTestId("call-queue").locator("li", { hasText: from }).waitFor({ timeout: 10_000 });
    await op.keyboard.press("Alt+j");
    await op.getByTestId("caller-history").waitFor();
    await op.locator("#type").selectOption("kriminalitas");
    await op.locator("#priority").selectOption("P1");
    await op.locator("#place").fill(PLACE);
    await op.getByTestId("resolved-place").filter({ hasText: "Kemayoran" }).waitFor();
    await op.locator("#address").fill("Depan minimarket Jl. Garuda");
    await op.locator("#description").fill("Penjambretan, pelaku lari ke arah pasar");
    const saved = performance.now();
    await op.keyboard.press("Control+Enter");
    const number = /112-\d{8}-\d{4}/.exec((await op.getByTestId("intake-result").textContent()) ?? "")?.[0];
    expect(number).toBeDefined();

    // The dispatcher's screen opens the new incident by itself, with its recommendation and cameras.
    const d = dispatcher.page;
    const detail = d.locator(`[data-testid=incident-detail][data-open-incident="${number}"]`);
    await detail.getByTestId("recommendation").locator("tbody tr").first().waitFor({ timeout: 5_000 });
    await d.getByTestId("nearby-cameras").locator("li").first().waitFor({ timeout: 5_000 });
    const toDispatcherMs = performance.now() - saved;
    expect(await d.locator(`tr[data-incident="${number}"]`).getAttribute("class")).toContain("unseen");
    expect(Number(await d.evaluate(() => document.documentElement.dataset.alertTones ?? 0))).toBeGreaterThan(0);
    expect(await detail.getByTestId("incident-callers").textContent()).toContain(from);
    const recommended = detail.locator("tr.recommended");
    expect(await recommended.getAttribute("data-station")).toBe(e2e.console.users.polsek!.stationCode);
    expect(await recommended.textContent()).toContain(id.dispatch.jurisdiction);
    await saveScreenshot(d, "dispatch-incident-selected");

    // One key: D sends the recommended polsek; its screen shows the job on a banner with a sound.
    const p = polsek.page;
    const pressed = performance.now();
    await d.keyboard.press("d");
    const banner = p.getByTestId("new-job-banner");
    await detail.locator('[data-testid=assignments] [data-status="dispatched"]').waitFor({ timeout: 5_000 });
    await saveScreenshot(p, "polsek-new-job");
    await banner.filter({ hasText: number! }).waitFor({ timeout: 5_000 });
    const toBannerMs = performance.now() - pressed;
    expect(await p.evaluate(() => document.documentElement.dataset.lastAlertTone)).toBe("job");
    await detail.locator('[data-testid=assignments] [data-status="dispatched"]').waitFor();
    await saveScreenshot(p, "polsek-new-job");

    // The polsek acknowledges naming its unit, goes, arrives and clears with a report.
    const job = p.getByTestId("job-detail");
    await job.locator("#unit").fill("Patroli 2");
    await job.locator("#unit").press("Enter");
    await banner.waitFor({ state: "detached" });

    // The caller corrects the place: P on the dispatcher's screen moves it, with a reason; the
    // polsek's job follows at once and the stations are ranked again.
    await d.keyboard.press("p");
    const move = detail.getByTestId("move-place");
    await move.locator("#place").fill("-6.162000, 106.856000");
    await move.getByTestId("resolved-place").filter({ hasText: "Kemayoran" }).waitFor();
    await move.getByLabel(id.dispatch.moveReason).fill("Penelepon meralat: depan pasar");
    await saveScreenshot(d, "dispatch-move-place");
    await move.getByRole("button", { name: id.dispatch.movePlace }).click();
    await move.waitFor({ state: "detached" });
    await job.filter({ hasText: "-6.162000, 106.856000" }).waitFor({ timeout: 5_000 });
    await detail.getByTestId("incident-timeline").filter({ hasText: "Penelepon meralat" }).waitFor({ timeout: 5_000 });

    await job.getByRole("button", { name: id.polsek.enRoute }).click();
    await job.getByRole("button", { name: id.polsek.onScene }).click();
    await job.getByLabel(id.polsek.outcome).selectOption("suspect_secured");
    await job.getByLabel(id.polsek.report).fill("Pelaku diamankan warga, dibawa ke polsek.");
    await saveScreenshot(p, "polsek-report");
    // A reload in the middle of the report loses nothing typed.
    await p.reload();
    await waitForLive(p);
    expect(await job.getByLabel(id.polsek.report).inputValue()).toBe("Pelaku diamankan warga, dibawa ke polsek.");
    expect(await job.getByLabel(id.polsek.outcome).inputValue()).toBe("suspect_secured");
    await job.getByRole("button", { name: id.polsek.clear }).click();
    await p.locator('[data-testid=job-detail][data-status="cleared"]').waitFor();
    await saveScreenshot(p, "polsek-cleared");

    // Every step reached the dispatcher live; the incident closes with a disposition.
    await detail.locator('[data-testid=assignments] [data-status="cleared"]').waitFor();
    expect(await detail.getByTestId("assignments").textContent()).toContain("Patroli 2");
    await d.keyboard.press("c");
    await d.getByLabel(id.dispatch.disposition).selectOption("resolved");
    await saveScreenshot(d, "dispatch-ready-to-close");
    await d.getByRole("button", { name: id.dispatch.close }).click();
    await d.locator(`tr[data-incident="${number}"]`).waitFor({ state: "detached" });

    const closed = await e2e.console.data<{ status: string; disposition: string; number: string }[]>(
      "/api/incidents?status=all",
      { as: "dispatcher" },
    );
    expect(closed.find((i) => i.number === number)).toMatchObject({ status: "closed", disposition: "resolved" });
    console.log(`save to dispatcher ${toDispatcherMs.toFixed(0)} ms; key to polsek banner ${toBannerMs.toFixed(0)} ms`);
    await Promise.all([operator.context.close(), dispatcher.context.close(), polsek.context.close()]);

    // The supervisor's figures now count this incident, and its record shows every step in order.
    const supervisor = await e2e.signInAs("supervisor");
    const s = supervisor.page;
    await s.goto("/supervisor");
    await waitForLive(s);
    const shown = (m: string) => s.locator(`[data-testid=overall] tr[data-measure=${m}] td`).nth(1).textContent();
    for (const m of ["answer", "processing", "acknowledgement", "travel", "total"])
      expect(Number(await shown(m)), m).toBe(countOf(figuresBefore, m) + 1);
    await saveScreenshot(s.getByTestId("incident-records"), "supervisor-records");
    await s.getByTestId("incident-records").getByRole("link", { name: number! }).click();
    const record = s.locator(`[data-testid=incident-record][data-incident="${number}"]`);
    await record.waitFor();
    const steps = [
      "call.rang",
      "call.answered",
      "incident.created",
      "assignment.dispatched",
      "assignment.updated",
      "incident.closed",
    ];
    const types = await record
      .locator("[data-testid=record-timeline] tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event-type")));
    expect(types.filter((t) => steps.includes(t!))).toEqual([
      "call.rang",
      "call.answered",
      "incident.created",
      "assignment.dispatched",
      "assignment.updated",
      "assignment.updated",
      "assignment.updated",
      "assignment.updated",
      "incident.closed",
    ]);
    const stepRows = record.locator("[data-testid=assignment-steps] tbody tr");
    expect(await stepRows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-step")))).toEqual([
      "dispatched",
      "acknowledged",
      "en_route",
      "on_scene",
      "cleared",
    ]);
    expect(await record.getByTestId("record-calls").textContent()).toContain(from);
    await saveScreenshot(record, "record-id");
    const english = await e2e.signInAs("supervisor", "en");
    await english.page.goto(new URL(s.url()).pathname);
    expect(await english.page.locator("h1").textContent()).toBe(en.record.title.replace("{number}", number!));
    await saveScreenshot(english.page.locator("main"), "record-en");
    await english.page.emulateMedia({ media: "print" });
    await saveScreenshot(english.page.locator("main"), "record-en-print");
    await Promise.all([supervisor.context.close(), english.context.close()]);
  });

  it("raises an alert for a job not acknowledged in time, and sends the next station from it", async () => {
    const dispatcher = await e2e.signInAs("dispatcher");
    const d = dispatcher.page;
    await d.goto("/dispatch");
    await waitForLive(d);
    const incident = await e2e.console.data<{ id: number; number: string }>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: {
        type: "pohon_tumbang",
        priority: "P3",
        lat: -6.1595,
        lon: 106.8531,
        description: "Pohon tumbang menutup jalan",
      },
    });
    const [first] = await e2e.console.data<{ id: number }[]>(`/api/incidents/${incident.id}/recommendation`, {
      as: "dispatcher",
    });
    await e2e.console.data(`/api/incidents/${incident.id}/dispatch`, {
      as: "dispatcher",
      method: "POST",
      json: { stationId: first!.id },
    });
    const alert = d.getByTestId("escalations").locator(".escalation", { hasText: incident.number.slice(-9) });
    await alert.waitFor({ timeout: 15_000 });
    expect(await d.evaluate(() => document.documentElement.dataset.lastAlertTone)).toBe("breach");
    await saveScreenshot(d, "dispatch-escalation");
    await alert.getByRole("button", { name: /Kirim juga/ }).click();
    await alert.waitFor({ state: "detached" });
    const detail = await e2e.console.data<{ assignments: { stationId: number; status: string }[] }>(
      `/api/incidents/${incident.id}`,
      { as: "dispatcher" },
    );
    expect(detail.assignments).toHaveLength(2);
    expect(detail.assignments.every((a) => a.status === "dispatched")).toBe(true);
    await dispatcher.context.close();

    // A record open on a supervisor's screen says so when the incident moves on after it was read.
    const supervisor = await e2e.signInAs("supervisor");
    await supervisor.page.goto(`/incidents/${incident.id}/record`);
    await waitForLive(supervisor.page);
    expect(await supervisor.page.locator("[data-testid=assignment-steps]").count()).toBe(2);
    await e2e.console.data(`/api/incidents/${incident.id}/notes`, {
      as: "dispatcher",
      method: "POST",
      json: { text: "Dinas pertamanan sudah dihubungi" },
    });
    await supervisor.page.getByTestId("record-stale").waitFor({ timeout: 5_000 });
    await supervisor.context.close();
  });
});
