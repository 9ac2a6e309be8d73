import ArgumentParser

/// The `debrief` command.
struct Debrief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Publish Markdown postmortems as a static site with response metrics and weekly digests.",
        discussion: """
        Run in a folder with a Content/ directory of postmortems (Markdown, with or
        without YAML front matter). `debrief build` writes the site to Output/.
        """,
        version: "0.1.0",
        subcommands: [Init.self, New.self, Build.self, Check.self, Inspect.self, Digest.self, Stats.self]
    )
}
