import ArgumentParser
import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import DebriefSite
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
