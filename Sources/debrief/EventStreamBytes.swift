import DebriefSite
import FlyingFox
import FlyingSocks

/// The bytes of a `text/event-stream` body: a retry hint, then one `reload`
/// event per site version, for as long as the session sends versions. FlyingFox
/// sends it chunked, one chunk per event, so each reaches the browser at once.
struct EventStreamBytes: AsyncBufferedSequence {
    typealias Element = UInt8

    let versions: AsyncStream<String>

    func makeAsyncIterator() -> Iterator {
        Iterator(base: versions.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<String>.Iterator
        var pending = Array(ServerSentEvent.retry(milliseconds: 500).utf8)

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let version = await base.next() else { return nil }
                pending = Array(ServerSentEvent(name: ReloadScript.eventName, data: version).wire.utf8)
            }
            let taken = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
