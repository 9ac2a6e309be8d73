import ArgumentParser
import DebriefModel
import DebriefSite
import Foundation

/// `debrief new TITLE`: start a postmortem from an archetype.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new postmortem in the content folder from an archetype, and print its path.",
        discussion: """
        The file is named YYYY-MM-DD-<title-slug>.md after --date, else today in the site's
        time zone (debrief.yml's timezone, which the front matter also gets). Archetypes:
        classic (default) and sre built in; a site's Templates/archetypes/NAME.md overrides
        one or adds another. The file starts as a draft (draft: true), off the site until
        that line goes. An existing file is never overwritten.
        """
    )

    @Argument(help: "The incident's title, e.g. \"Checkout latency\".")
    var title: String

    @OptionGroup var location: SiteOptions
    var site: String { location.site }
    var content: String { location.content }

    @Option(help: ArgumentHelp("The incident's date, YYYY-MM-DD (default: today in the site's zone).", valueName: "date"))
    var date: String?

    @Option(help: "Severity: SEV0 … SEV5, P0 … P5, or critical, high, medium, low (written in that scale's normal form).")
    var severity: String = "SEV3"

    @Option(help: "Affected services, comma-separated.")
    var services: String = ""

    @Option(help: "The archetype: classic, sre, or a site's Templates/archetypes/NAME.md.")
    var archetype: String = Archetype.defaultName

    func run() throws {
        let config = try SiteSettings.load(site: site)
        let library = ArchetypeLibrary.site(directory: (site as NSString).appendingPathComponent("Templates/archetypes"))
        let made: (fileName: String, text: String)
        do {
            made = try NewPostmortem.make(title: title, date: date, severity: severity, services: services, archetype: archetype,
                                          library: library, config: config, now: Date())
        } catch let problem as NewPostmortem.Problem {
            // A usage error (exit 64), printed compiler-style like Debrief's other errors.
            Console.error("error: \(problem.description)")
            throw ExitCode.validationFailure
        }
        let directory = SiteSettings.path(content, site: site)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent(made.fileName)
        do {
            try Data(made.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            Console.error("\(path): error: already exists; choose another title or edit that file")
            throw ExitCode(1)
        }
        print(path)
    }
}
