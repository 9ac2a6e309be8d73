import DebriefSite
import FlyingFox
import FlyingSocks
import Foundation

/// A running preview: the HTTP server on its address, the build session and
/// the loop that rebuilds on every change the watcher reports.
struct PreviewServer: Sendable {
    let server: HTTPServer
    let session: PreviewSession
    private let tasks: [Task<Void, Never>]

    struct AddressError: Error, CustomStringConvertible {
        var description: String
    }

    /// Builds once, then listens on `host:port` (port 0: any free port) and starts watching.
    static func start(build: SiteBuild, host: String, port: UInt16, watcher: some SiteWatcher,
                      log: @escaping @Sendable (SiteBuildReport, String) -> Void) async throws -> PreviewServer {
        let session = PreviewSession { build.run() }
        let (first, seconds) = await session.rebuild()
        log(first, String(format: "built in %.2f s", seconds))
        let handler = PreviewHTTPHandler(responder: PreviewResponder(folder: ServedFolder(root: build.outputPath)), session: session)
        let server = HTTPServer(config: HTTPServer.Configuration(address: try address(host: host, port: port), logger: .disabled), handler: handler)
        let serving = Task { _ = try? await server.run() }
        let watching = Task {
            await session.watch(watcher) { changed, report, seconds in
                let names = changed.prefix(3).map { SitePaths.relative($0, to: build.site) }.joined(separator: ", ")
                log(report, String(format: "rebuilt in %.2f s after %@%@ changed", seconds, names, changed.count > 3 ? " and more" : ""))
            }
        }
        do {
            try await server.waitUntilListening()
        } catch {
            serving.cancel()
            watching.cancel()
            throw AddressError(description: "cannot listen on \(host):\(port) (\(error.localizedDescription))")
        }
        return PreviewServer(server: server, session: session, tasks: [serving, watching])
    }

    /// The port the server listens on (the chosen one when asked for port 0).
    var port: UInt16 {
        get async {
            switch await server.listeningAddress {
            case .ip4(_, let port), .ip6(_, let port): port
            default: 0
            }
        }
    }

    /// Waits until the server stops.
    func wait() async {
        await tasks[0].value
    }

    /// Stops serving and watching, closing open event streams.
    func stop() async {
        tasks[1].cancel()
        await session.finish()
        await server.stop(timeout: 0.2)
        tasks[0].cancel()
    }

    /// An IP literal (`localhost` is 127.0.0.1): a preview binds where it is told, and names are not resolved.
    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        let literal = host == "localhost" ? "127.0.0.1" : host
        do {
            return literal.contains(":") ? try sockaddr_in6.inet6(ip6: literal, port: port) : try sockaddr_in.inet(ip4: literal, port: port)
        } catch {
            throw AddressError(description: "--host \(host): not an IP address (use 127.0.0.1, ::1 or an address of this machine)")
        }
    }
}
