/// The digest as Slack mrkdwn: `*bold*` headings, `<url|text>` links, bullets
/// instead of tables (Slack renders neither `#` headings nor pipe tables).
enum DigestSlack {
    static func render(_ facts: DigestFacts, pageURL: String?) -> String {
        var out: [String] = []
        func heading(_ text: String) { out += ["", "*\(e(text))*"] }
        out.append("*Reliability digest \(e(facts.weekLabel))* · \(e(facts.siteTitle))")
        out.append("\(e(facts.rangeText)) (\(e(facts.zoneName)))")
        out += ["", "*\(e(facts.headline))*", "> \(e(facts.trendSentence))"]
        if facts.hasIncidents {
            heading("Incidents")
            for line in facts.incidents {
                out.append("• \(link(line.title, line.href))\(line.isOpen ? " (open)" : "") · \(e(line.severity)) · \(e(line.servicesText))"
                    + " · started \(e(line.startedText)) · TTD \(e(line.ttd)) · TTR \(e(line.ttr))")
            }
        }
        heading("Still unresolved")
        if facts.unresolved.isEmpty { out.append("Nothing was unresolved at the week's end.") }
        for line in facts.unresolved {
            out.append("• \(link(line.title, line.href)) (\(e(line.severity))), started \(e(line.startedText)), \(e(line.openFor))")
        }
        heading("Customer impact")
        out.append(e(facts.impactText))
        heading("Response times (mean; this week · \(facts.previous4Label.lowercased()) · \(facts.previous12Label.lowercased()))")
        for metric in facts.metrics {
            out.append("• \(e(metric.abbreviation)): \(e(metric.week)) · \(e(metric.previous4)) · \(e(metric.previous12))")
        }
        heading("Severity mix")
        out.append(e(DigestFacts.counts(facts.severityMix)))
        if let title = facts.longestTitle, let text = facts.longestText {
            heading("Longest incident")
            out.append("\(link(title, facts.longestHref)): \(e(text))")
        }
        heading("Action items created this week")
        if facts.createdItems.isEmpty { out.append("none") }
        for item in facts.createdItems {
            out.append("• \(item.done ? "✓" : "○") \(e(item.text))\(item.hasOwner ? " (owner: \(e(item.owner)))" : "") · \(link(item.incidentTitle, item.incidentHref))")
        }
        heading("Open action items from earlier incidents, oldest first")
        if facts.openItems.isEmpty { out.append("none") }
        for item in facts.openItems {
            out.append("• \(e(item.age)) old: \(e(item.text))\(item.hasOwner ? " (owner: \(e(item.owner)))" : "") · \(link(item.incidentTitle, item.incidentHref))")
        }
        if facts.openItemsHidden > 0 { out.append("• and \(facts.openItemsHidden) more") }
        if let pageURL { out += ["", link("Full digest with charts", pageURL)] }
        return TerminalText.safe(out.joined(separator: "\n") + "\n")
    }

    /// `<url|text>`; the URL loses what would end the link early (`|`, `>`, spaces).
    static func link(_ text: String, _ href: String?) -> String {
        guard let href else { return e(text) }
        let url = href.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "|", with: "%7C")
            .replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C")
        return "<\(url)|\(e(text).replacingOccurrences(of: "|", with: "¦"))>"
    }

    /// Slack's own escaping (the only three characters it asks for): `&`, `<`, `>`; and
    /// `*`, `_`, `~`, `` ` `` lose their formatting by a zero-width joiner next to them.
    static func e(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "*", "_", "~", "`": out += String(c) + "\u{200B}"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
