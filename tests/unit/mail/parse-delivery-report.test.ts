import { describe, expect, it } from "vitest";
import { isPermanentFailure, parseDeliveryReport } from "@/lib/mail/parse-delivery-report";

const STATUS = ["Reporting-MTA: dns; mx.example.cn", "", "Final-Recipient: rfc822; a@school.example.cn", "Action: failed", "Status: 5.2.2 (mailbox full)", "Diagnostic-Code: smtp; 552 5.2.2", " Mailbox full", ""].join("\r\n");

const report = (statusPart: string, outer = "multipart/report; report-type=delivery-status") =>
  [`Content-Type: ${outer}; boundary="b1"`, "", "--b1", "Content-Type: text/plain", "", "Sorry.", "--b1", statusPart, "--b1--", ""].join("\r\n");

describe("parseDeliveryReport", () => {
  it("reads each recipient's action, status and folded diagnostic", () => {
    const reports = parseDeliveryReport(report(`Content-Type: message/delivery-status\r\n\r\n${STATUS}`));
    expect(reports).toEqual([{ finalRecipient: "a@school.example.cn", action: "failed", status: "5.2.2", diagnostic: "552 5.2.2 Mailbox full" }]);
    expect(isPermanentFailure(reports![0]!)).toBe(true);
  });

  it("decodes a base64 status part and finds a report nested in multipart/mixed", () => {
    const inner = report(`Content-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(STATUS).toString("base64")}`);
    const nested = ['Content-Type: multipart/mixed; boundary="outer"', "", "--outer", inner, "--outer--", ""].join("\r\n");
    expect(parseDeliveryReport(nested)?.[0]?.status).toBe("5.2.2");
  });

  it("treats a delay as no bounce, and anything that is not a report as null", () => {
    const delayed = parseDeliveryReport(report(`Content-Type: message/delivery-status\r\n\r\n${STATUS.replace("Action: failed", "Action: delayed").replace("5.2.2 (", "4.2.2 (")}`));
    expect(delayed?.map(isPermanentFailure)).toEqual([false]);
    expect(parseDeliveryReport("Subject: 自动回复\r\n\r\n我在休假。")).toBeNull();
    // A delivery-status part outside a multipart/report is not a report.
    expect(parseDeliveryReport(report(`Content-Type: message/delivery-status\r\n\r\n${STATUS}`, "multipart/mixed"))).toBeNull();
  });
});
