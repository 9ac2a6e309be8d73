import ArgumentParser

/// Where a site lives: the options every site command shares.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder (holding Content/, Templates/ and debrief.yml).")
    var site: String = "."

    @Option(help: "Content folder, relative to the site folder (or absolute).")
    var content: String = "Content"
}

/// How much to report, and when warnings fail the command.
struct ReportOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print notes as well as warnings and errors.")
    var verbose = false

    @Flag(help: "Exit with status 1 on warnings too.")
    var strict = false
}
