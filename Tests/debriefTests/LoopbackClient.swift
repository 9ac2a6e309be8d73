import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client for tests, over a blocking socket to 127.0.0.1 only,
/// each call on a thread of its own so the server under test keeps the pool.
enum LoopbackClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `GET target` (the target exactly as given, unnormalised) and reads the whole response.
    static func get(port: UInt16, _ target: String, timeout: Double = 3) async throws -> (status: Int, body: String) {
        try await offPool {
            let socket = try connect(port: port, timeout: timeout)
            defer { close(socket) }
            try send(socket, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            var data = Data()
            while let chunk = try receive(socket) { data.append(chunk) }
            let text = String(decoding: data, as: UTF8.self)
            guard let head = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "") else {
                throw Failure(description: "no HTTP response for \(target): \(text.prefix(80))")
            }
            return (status, String(text[head.upperBound...]))
        }
    }

    static func connect(port: UInt16, timeout: Double) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else { throw Failure(description: "send failed") }
    }

    /// The next bytes, nil at the end of the stream; throws on the receive timeout.
    static func receive(_ socket: Int32) throws -> Data? {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let count = recv(socket, &buffer, buffer.count, 0)
        if count == 0 { return nil }
        guard count > 0 else { throw Failure(description: "receive timed out") }
        return Data(buffer[0..<count])
    }

    /// On a thread of its own: on Linux, Dispatch's global queues and Swift's cooperative pool share
    /// a few threads, and blocked reads there would starve the server under test.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

/// An open `/__debrief/events` stream, read event by event.
final class EventStreamClient: @unchecked Sendable {
    private let socket: Int32
    private var text = ""

    init(port: UInt16, timeout: Double = 3) throws {
        socket = try LoopbackClient.connect(port: port, timeout: timeout)
        try LoopbackClient.send(socket, "GET /__debrief/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    }

    deinit { close(socket) }

    /// The data of the next `reload` event (chunk framing skipped); throws on timeout.
    func nextReload() async throws -> String {
        try await LoopbackClient.offPool { try self.readReload() }
    }

    private func readReload() throws -> String {
        while true {
            if let event = text.range(of: "event: reload\ndata: "), let end = text[event.upperBound...].range(of: "\n\n") {
                let data = String(text[event.upperBound..<end.lowerBound])
                text = String(text[end.upperBound...])
                return data
            }
            guard let chunk = try LoopbackClient.receive(socket) else { throw LoopbackClient.Failure(description: "event stream ended") }
            text += String(decoding: chunk, as: UTF8.self)
        }
    }
}
