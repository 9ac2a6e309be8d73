import ArgumentParser
import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// `debrief new TITLE`: start a postmortem from a template.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new postmortem in the content folder, with front matter to fill in.",
        discussion: "The file is named YYYY-MM-DD-<title-slug>.md after today's date (UTC). An existing file is never overwritten."
    )

    @Argument(help: "The incident's title, e.g. \"Checkout latency\".")
    var title: String

    @OptionGroup var location: SiteOptions
    var site: String { location.site }
    var content: String { location.content }

    @Option(help: "Severity (SEV1 … SEV5).")
    var severity: String = "SEV3"

    @Option(help: "Affected services, comma-separated.")
    var services: String = ""

    func run() throws {
        guard Severity(parsing: severity) != nil else {
            throw ValidationError("--severity must look like SEV1 … SEV5, not '\(severity)'")
        }
        let today = LocalDate(Date(), offsetSeconds: 0)
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw ValidationError("the title needs at least one letter or digit") }
        let directory = SiteSettings.path(content, site: site)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("\(today)-\(slug).md")
        guard !FileManager.default.fileExists(atPath: path) else {
            Console.error("\(path): error: already exists; choose another title or edit that file")
            throw ExitCode(1)
        }
        let text = NewPostmortem.text(title: title, date: today, severity: severity.uppercased(), services: services)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        print(path)
    }
}

/// The skeleton `debrief new` writes.
enum NewPostmortem {
    static func text(title: String, date: LocalDate, severity: String, services: String) -> String {
        let list = services.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
        ---
        title: \(quotedTitle)
        date: \(date)
        severity: \(severity)
        services: [\(list.joined(separator: ", "))]
        authors: []
        status: open
        timezone: UTC
        # Fill these in as ISO 8601 times (2024-07-15T07:43:00+02:00); they win over the timeline.
        started:
        detected:
        acknowledged:
        identified:
        mitigated:
        resolved:
        ---

        ## Summary

        What happened, who was affected and for how long.

        ## Impact

        ## Timeline

        | Time | Event |
        | --- | --- |
        |  | Impact began: … |
        |  | Alert fired: … |

        ## Root cause

        ## Resolution

        ## Action items

        - [ ] … (owner: @name)

        ## Lessons learned

        """
    }
}
