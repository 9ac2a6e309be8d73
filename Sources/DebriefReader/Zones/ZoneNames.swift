import DebriefModel

/// `TimeZoneTable.parse` memoised for ASCII names: the reader asks it about the same few
/// names ("UTC", "PST") on every line with a clock.
enum ZoneNames {
    static let memo = Memo<String, ZoneSpec?>(capacity: 5_000)

    static func parse(_ name: String) -> ZoneSpec? {
        name.utf8.allSatisfy({ $0 < 0x80 }) ? memo.value(for: name) { TimeZoneTable.parse($0) } : TimeZoneTable.parse(name)
    }
}
