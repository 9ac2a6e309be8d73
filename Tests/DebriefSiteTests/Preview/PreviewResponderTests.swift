import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

@Suite("Preview responses: types, the reload script, 404, the error page")
struct PreviewResponderTests {
    func respond(_ target: String, in box: PreviewSandbox, method: String = "GET", failure: SiteBuildReport? = nil) -> PreviewResponse {
        PreviewResponder(folder: ServedFolder(root: box.output)).respond(method: method, target: target, state: PreviewState(version: "s-7", failure: failure))
    }

    @Test("content types by extension", arguments: [
        ("a.html", "text/html; charset=utf-8"), ("style.CSS", "text/css; charset=utf-8"), ("sort.js", "text/javascript; charset=utf-8"),
        ("incidents.json", "application/json"), ("feed.xml", "application/xml"), ("incidents.csv", "text/csv; charset=utf-8"),
        ("chart.svg", "image/svg+xml"), ("x.png", "image/png"), ("font.woff2", "font/woff2"), ("README", "application/octet-stream"),
        (".hidden", "application/octet-stream"), ("archive.tar.gz", "application/octet-stream"),
    ])
    func mime(name: String, type: String) {
        #expect(MIMEType.of("dir.d/" + name) == type)
    }

    @Test("the reload script goes into HTML responses only, before the last </body>")
    func injection() throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        let index = respond("/", in: box)
        #expect(index.status == 200 && index.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(index.text.hasSuffix(ReloadScript.tag(version: "s-7") + "</body></html>"))
        #expect(respond("/incidents/a/", in: box).text == "<html><BODY>A" + ReloadScript.tag(version: "s-7") + "</BODY></html>")
        for (target, text) in [("/assets/style.css", "body { color: red } </body>"), ("/feed.xml", "<feed></feed>"), ("/chart.svg", "<svg></svg>")] {
            let response = respond(target, in: box)
            #expect(response.status == 200 && response.text == text, "\(target) must be served byte for byte")
        }
        // Never on disk: the folder's file is unchanged.
        #expect(try String(contentsOfFile: box.output + "/index.html", encoding: .utf8) == "<html><body><h1>Index</h1></body></html>")
    }

    @Test("HTML without </body> gets the script at the end; a hostile version cannot close the script")
    func injectionEdges() {
        let page = String(decoding: ReloadScript.inject(into: Data("<p>x".utf8), version: "</script><b>"), as: UTF8.self)
        #expect(page.hasPrefix("<p>x<script data-debrief-reload>"))
        #expect(page.components(separatedBy: "</script>").count == 2)
    }

    @Test("a missing page is a 404 page (which reloads too); a folder without its slash is redirected; only GET and HEAD")
    func notFound() throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        let missing = respond("/incidents/nope/", in: box)
        #expect(missing.status == 404 && missing.text.contains("/incidents/nope/") && missing.text.contains("data-debrief-reload"))
        #expect(respond("/%3Cscript%3E", in: box).text.contains("&lt;script&gt;"))
        let folder = respond("/incidents/a?x=1", in: box)
        #expect(folder.status == 301 && folder.headers["Location"] == "/incidents/a/?x=1")
        #expect(respond("/", in: box, method: "POST").status == 405)
        let head = respond("/", in: box, method: "HEAD")
        #expect(head.status == 200 && head.bytes.isEmpty)
        #expect(respond("/__debrief/events", in: box).body == .events)
    }

    @Test("while the last build failed, pages are a 500 listing file:line: message; assets are still served")
    func errorPage() throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        var report = SiteBuildReport()
        report.errors = 1
        report.messages = [.init(level: .warning, text: "Content/b.md:3: warning: no zone"),
                           .init(level: .error, text: "Content/a.md:12: error: resolved <before> started"),
                           .init(level: .note, text: "Content/a.md:1: note: quiet")]
        for target in ["/", "/incidents/a/", "/nope.html"] {
            let page = respond(target, in: box, failure: report)
            #expect(page.status == 500)
            #expect(page.text.contains("Content/a.md:12: error: resolved &lt;before&gt; started"))
            #expect(page.text.contains("Content/b.md:3: warning: no zone") && !page.text.contains("quiet"))
            #expect(page.text.contains("data-debrief-reload"))
            #expect(page.text.range(of: "a.md:12")!.lowerBound < page.text.range(of: "b.md:3")!.lowerBound, "errors first")
        }
        #expect(respond("/assets/style.css", in: box, failure: report).status == 200)
    }

    @Test("a build that stops on a broken template reports the template's file; the old site is kept")
    func stoppedBuild() throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        try box.write("site/Content/a.md", "# Outage\n\n## Timeline\n\n- 10:00 UTC errors start\n")
        try box.write("site/Templates/index.mustache", "{{#broken}}")
        let build = SiteBuild(site: box.root + "/site")
        let report = build.run()
        #expect(report.stopped && report.failed)
        #expect(report.messages.contains { $0.level == .error && $0.text.contains("index.mustache") })
        #expect(BuildErrorPage.html(for: report).contains("index.mustache"))
        #expect(!FileManager.default.fileExists(atPath: build.outputPath + "/index.html"))
        try FileManager.default.removeItem(atPath: box.root + "/site/Templates/index.mustache")
        let fixed = build.run()
        #expect(!fixed.failed && fixed.incidents == 1 && FileManager.default.fileExists(atPath: build.outputPath + "/index.html"))
    }
}
