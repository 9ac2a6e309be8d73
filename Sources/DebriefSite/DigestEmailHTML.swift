import DebriefMarkdown

/// The digest as an HTML e-mail body: tables for layout, inline styles only,
/// no external CSS, no scripts, no SVG (mail clients strip or block them).
enum DigestEmailHTML {
    static let font = "font-family:Arial,Helvetica,sans-serif;color:#1f2933;"
    static let cell = "padding:6px 8px;border-bottom:1px solid #d9dee4;text-align:left;vertical-align:top;font-size:14px;"
    static let headCell = "padding:6px 8px;border-bottom:2px solid #9aa5b1;text-align:left;font-size:13px;"

    static func render(_ facts: DigestFacts, pageURL: String?) -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reliability digest \(e(facts.weekLabel))</title></head>")
        out.append("<body style=\"margin:0;padding:0;background:#ffffff;\">")
        out.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"\(font)\"><tr><td style=\"padding:16px;\">")
        out.append("<h1 style=\"font-size:22px;margin:0 0 4px;\">Reliability digest \(e(facts.weekLabel))</h1>")
        out.append("<p style=\"margin:0 0 12px;color:#52606d;font-size:14px;\">\(e(facts.rangeText)) (\(e(facts.zoneName))) · \(e(facts.siteTitle))</p>")
        out.append("<p style=\"margin:0 0 8px;font-size:16px;font-weight:bold;\">\(e(facts.headline))</p>")
        out.append("<p style=\"margin:0 0 16px;padding:8px 12px;border-left:4px solid #3e7bfa;background:#f3f6fa;font-size:14px;\">\(e(facts.trendSentence))</p>")
        if facts.hasIncidents {
            section("Incidents", into: &out)
            table(["Started", "Incident", "Severity", "Services", "TTD", "TTR"],
                  facts.incidents.map { [e($0.startedText), link($0.title, $0.href) + ($0.isOpen ? " (open)" : ""), e($0.severity), e($0.servicesText), e($0.ttd), e($0.ttr)] },
                  into: &out)
        }
        section("Still unresolved", into: &out)
        if facts.unresolved.isEmpty { paragraph("Nothing was unresolved at the week's end.", into: &out) }
        list(facts.unresolved.map { "\(link($0.title, $0.href)) (\(e($0.severity))), started \(e($0.startedText)), \(e($0.openFor))" }, into: &out)
        section("Customer impact", into: &out)
        paragraph(e(facts.impactText), into: &out)
        section("Response times", into: &out)
        table(["Mean", "This week", facts.previous4Label, facts.previous12Label],
              facts.metrics.map { [e($0.abbreviation), e($0.week), e($0.previous4), e($0.previous12)] }, into: &out)
        section("Severity mix", into: &out)
        paragraph(e(DigestFacts.counts(facts.severityMix)), into: &out)
        section("Services with most incidents", into: &out)
        paragraph(facts.topServices.isEmpty ? "none" : facts.topServices.map { "\(e($0.name)) (\($0.count))" }.joined(separator: " · "), into: &out)
        section("Longest incident", into: &out)
        if let title = facts.longestTitle, let text = facts.longestText {
            paragraph("\(link(title, facts.longestHref)): \(e(text))", into: &out)
        } else {
            paragraph("none", into: &out)
        }
        section("Action items created this week", into: &out)
        if facts.createdItems.isEmpty { paragraph("none", into: &out) }
        list(facts.createdItems.map { "\($0.done ? "☑" : "☐") \(e($0.text))\($0.hasOwner ? " (owner: \(e($0.owner)))" : "") · \(link($0.incidentTitle, $0.incidentHref))" }, into: &out)
        section("Open action items from earlier incidents, oldest first", into: &out)
        if facts.openItems.isEmpty { paragraph("none", into: &out) }
        list(facts.openItems.map { "\(e($0.age)) old: \(e($0.text))\($0.hasOwner ? " (owner: \(e($0.owner)))" : "") · \(link($0.incidentTitle, $0.incidentHref))" }
             + (facts.openItemsHidden > 0 ? ["and \(facts.openItemsHidden) more"] : []), into: &out)
        if let pageURL { paragraph("<a href=\"\(e(pageURL))\" style=\"color:#1d4ed8;\">Full digest with charts</a>", into: &out) }
        out.append("</td></tr></table>")
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func link(_ title: String, _ href: String?) -> String {
        guard let href else { return e(title) }
        return "<a href=\"\(e(href))\" style=\"color:#1d4ed8;\">\(e(title))</a>"
    }

    private static func section(_ title: String, into out: inout [String]) {
        out.append("<h2 style=\"font-size:17px;margin:20px 0 6px;\">\(e(title))</h2>")
    }

    private static func paragraph(_ html: String, into out: inout [String]) {
        out.append("<p style=\"margin:0 0 8px;font-size:14px;\">\(html)</p>")
    }

    private static func list(_ items: [String], into out: inout [String]) {
        guard !items.isEmpty else { return }
        out.append("<ul style=\"margin:0 0 8px;padding-left:20px;font-size:14px;\">")
        for item in items { out.append("<li style=\"margin:0 0 4px;\">\(item)</li>") }
        out.append("</ul>")
    }

    private static func table(_ headers: [String], _ rows: [[String]], into out: inout [String]) {
        out.append("<table role=\"table\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;margin:0 0 8px;\">")
        out.append("<tr>" + headers.map { "<th style=\"\(headCell)\">\(e($0))</th>" }.joined() + "</tr>")
        for row in rows { out.append("<tr>" + row.map { "<td style=\"\(cell)\">\($0)</td>" }.joined() + "</tr>") }
        out.append("</table>")
    }
}
