import ArgumentParser
import DebriefSite

/// The `debrief` command (the executable's entry point: async, for `serve`).
@main
struct Debrief: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Publish Markdown postmortems as a static site with response metrics and weekly digests.",
        discussion: """
        Run in a folder with a Content/ directory of postmortems (Markdown, with or
        without YAML front matter). `debrief build` writes the site to Output/.
        """,
        version: DebriefVersion.current,
        subcommands: [Init.self, New.self, Build.self, Clean.self, Serve.self, Check.self, Inspect.self, Digest.self, Stats.self]
    )
}

extension Debrief {
    /// Runs the command line. Unlike swift-argument-parser's own `main`, a first word that
    /// names no command is a usage error (64) even with `--help`, which would otherwise
    /// print the top-level help and exit 0 (`debrief serv --help`).
    static func main() async {
        LargeBuffers.returnToSystemWhenFreed()
        do {
            var command = try parse(Array(CommandLine.arguments.dropFirst()))
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    /// The command a command line names, refusing an unknown command word first.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        let names = configuration.subcommands.map { $0._commandName }
        if let first = arguments.first, !first.hasPrefix("-"), first != "help", !names.contains(first) {
            throw ValidationError("unknown command '\(first)'; the commands are \(names.joined(separator: ", "))")
        }
        return try parseAsRoot(arguments)
    }
}
