import ArgumentParser
import DebriefSite
import Foundation
import Testing
@testable import debrief

private func page(_ title: String) -> String {
    """
    ---
    title: \(title)
    date: 2024-07-15
    timezone: UTC
    started: 2024-07-15T07:43:00Z
    resolved: 2024-07-15T08:43:00Z
    ---

    ## Timeline

    - 07:43 errors start
    - 08:43 service restored
    """
}

@Suite("serve end to end on 127.0.0.1", .serialized)
struct ServeEndToEndTests {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-serve-\(UUID().uuidString)").path

    func write(_ path: String, _ text: String) throws {
        let full = site + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    @Test("an edit reloads open pages with the change within 1 s; a failed build is a 500 page until the next good one")
    func liveReload() async throws {
        try write("Content/checkout.md", page("Checkout errors"))
        try write("secret.txt", "TOP SECRET")
        defer { try? FileManager.default.removeItem(atPath: site) }
        let build = SiteBuild(site: site)
        let preview = try await PreviewServer.start(build: build, host: "127.0.0.1", port: 0,
                                                    watcher: PollingWatcher(roots: SitePaths.watched(site: site, content: "Content"))) { _, _ in }
        let port = await preview.port
        #expect(port != 0)
        let index = try await LoopbackClient.get(port: port, "/")
        #expect(index.status == 200 && index.body.contains("Checkout errors") && index.body.contains("data-debrief-reload"))
        #expect(try !String(contentsOfFile: site + "/Output/index.html", encoding: .utf8).contains("data-debrief-reload"))
        let events = try EventStreamClient(port: port)
        let first = try await events.nextReload()

        let edited = ContinuousClock.now
        try write("Content/checkout.md", page("Checkout meltdown"))
        let second = try await events.nextReload()
        let reloaded = ContinuousClock.now - edited
        let again = try await LoopbackClient.get(port: port, "/")
        let latency = ContinuousClock.now - edited
        print("serve reload latency: event after \(reloaded), changed page after \(latency)")
        #expect(second != first)
        #expect(again.status == 200 && again.body.contains("Checkout meltdown"))
        #expect(latency < .seconds(1), "the edited page must be served within 1 s of the edit")

        try write("Templates/index.mustache", "{{#unclosed}}")
        _ = try await events.nextReload()
        let broken = try await LoopbackClient.get(port: port, "/")
        #expect(broken.status == 500 && broken.body.contains("index.mustache") && broken.body.contains("data-debrief-reload"))
        try FileManager.default.removeItem(atPath: site + "/Templates/index.mustache")
        _ = try await events.nextReload()
        #expect(try await LoopbackClient.get(port: port, "/").status == 200)
        await preview.stop()
    }

    @Test("hostile raw targets get 404 over the socket; many clients at once are all served")
    func hostileAndConcurrent() async throws {
        try write("Content/checkout.md", page("Checkout errors"))
        try write("secret.txt", "TOP SECRET")
        try FileManager.default.createDirectory(atPath: site + "/Output", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let preview = try await PreviewServer.start(build: SiteBuild(site: site), host: "127.0.0.1", port: 0,
                                                    watcher: PollingWatcher(roots: [site + "/Content"])) { _, _ in }
        let port = await preview.port
        try FileManager.default.createSymbolicLink(atPath: site + "/Output/leak.txt", withDestinationPath: site + "/secret.txt")
        for target in ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets/../../secret.txt", "/leak.txt",
                       "/index.html%00", site + "/secret.txt", "//etc/passwd", "/%2fetc%2fpasswd"] {
            let response = try await LoopbackClient.get(port: port, target)
            #expect(response.status == 404, "\(target)")
            #expect(!response.body.contains("TOP SECRET"))
        }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<40 { group.addTask { try await LoopbackClient.get(port: port, index % 2 == 0 ? "/" : "/assets/style.css").status } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.count == 40 && statuses.allSatisfy { $0 == 200 })
        await preview.stop()
    }

    @Test("serve --help is serve's own help; an unknown command is a usage error even with --help")
    func help() {
        do {
            // parseAsRoot answers --help with a help command, whose run() throws the help request.
            var command = try Debrief.parse(["serve", "--help"])
            try command.run()
            Issue.record("--help must stop with the help")
        } catch {
            let message = Debrief.fullMessage(for: error)
            #expect(message.contains("debrief serve") && message.contains("--port") && message.contains("--drafts"))
            #expect(Debrief.exitCode(for: error) == .success)
        }
        #expect(throws: (any Error).self) { try Debrief.parse(["serv", "--help"]) }
        do { _ = try Debrief.parse(["serv", "--help"]) } catch { #expect(Debrief.exitCode(for: error).rawValue == 64) }
        #expect(throws: (any Error).self) { try PreviewServer.address(host: "example.org", port: 1) }
    }
}
