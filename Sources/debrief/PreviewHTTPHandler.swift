import DebriefSite
import FlyingFox
import Foundation

/// FlyingFox's side of `serve`: hands each request's method and raw target to
/// the site's `PreviewResponder` and turns its answer into an `HTTPResponse`.
struct PreviewHTTPHandler: HTTPHandler {
    let responder: PreviewResponder
    let session: PreviewSession

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The raw target: FlyingFox's `path` is already decoded and has `..` folded away,
        // and the responder checks what the client really sent.
        let reply = responder.respond(method: request.method.rawValue, target: request.target.rawValue, state: await session.state)
        var headers = HTTPHeaders()
        for (name, value) in reply.headers { headers[HTTPHeader(name)] = value }
        let status = HTTPStatusCode(reply.status, phrase: Self.phrase(reply.status))
        switch reply.body {
        case .bytes(let data):
            return HTTPResponse(statusCode: status, headers: headers, body: data)
        case .events:
            let versions = await session.events()
            return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(from: EventStreamBytes(versions: versions)))
        }
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 500: "Internal Server Error"
        default: "Status \(status)"
        }
    }
}
