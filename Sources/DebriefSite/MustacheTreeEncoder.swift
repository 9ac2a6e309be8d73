/// A view struct boxed by its synthesized `Encodable` code instead of `Mirror`.
///
/// ``MustacheBox`` reflected every field of every row: `Mirror` looks each field's
/// type up by name, about 4,000 instructions a field. A view marked `MustacheView`
/// gets the same tree (a `[String: Any]` per struct, `[Any]` per array, leaves as
/// they are, nil optionals left out) from code the compiler writes. Only stored
/// `String`, `Int`, `Bool` and `Double` values, arrays and other `MustacheView`s
/// are taken this way; any other value is handed to ``MustacheBox`` as before.
protocol MustacheView: Encodable {}

/// Builds the tree of a ``MustacheView``; see ``MustacheView``.
enum MustacheTreeEncoder {
    /// The boxed tree of one value, as ``MustacheBox/box(_:)`` makes it.
    static func tree<T: Encodable>(_ value: T) -> Any? {
        if T.self == String.self || T.self == Int.self || T.self == Bool.self || T.self == Double.self { return value }
        guard T.self is any MustacheView.Type || T.self is any MustacheViewArray.Type else { return MustacheBox.box(value) }
        let encoder = TreeEncoder()
        // Every value taken this way encodes without throwing (plain fields, arrays, nested views).
        do { try value.encode(to: encoder) } catch { return MustacheBox.reflected(value) }
        // A view with no stored property may open no container: reflection gives it no fields.
        return encoder.result ?? (T.self is any MustacheView.Type ? [String: Any]() : nil)
    }
}

/// An array of encodable values: boxed element by element, like ``MustacheBox`` boxes a collection.
protocol MustacheViewArray {}
extension Array: MustacheViewArray where Element: Encodable {}

/// Storage a container writes into; the encoder reads it back when the value is done.
private final class TreeStorage {
    var fields: [String: Any]?
    var items: [Any]?
    var single: Any?
}

private struct TreeEncoder: Encoder {
    let storage = TreeStorage()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var result: Any? {
        if let fields = storage.fields { return fields }
        if let items = storage.items { return items }
        return storage.single
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if storage.fields == nil { storage.fields = [:] }
        return KeyedEncodingContainer(KeyedTree<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if storage.items == nil { storage.items = [] }
        return UnkeyedTree(storage: storage)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleTree(storage: storage) }
}

private struct KeyedTree<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: TreeStorage
    var codingPath: [any CodingKey] { [] }

    // A nil optional is left out, as MustacheBox leaves it out.
    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: String, forKey key: Key) throws { storage.fields![key.stringValue] = value }
    mutating func encode(_ value: Bool, forKey key: Key) throws { storage.fields![key.stringValue] = value }
    mutating func encode(_ value: Int, forKey key: Key) throws { storage.fields![key.stringValue] = value }
    mutating func encode(_ value: Double, forKey key: Key) throws { storage.fields![key.stringValue] = value }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        storage.fields![key.stringValue] = MustacheTreeEncoder.tree(value)
    }
    // Other numbers, as reflection boxes them (no view holds one today).
    mutating func encode(_ value: Float, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(value, key) }
    private func put(_ value: Any, _ key: Key) { storage.fields![key.stringValue] = MustacheBox.box(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("a MustacheView uses its synthesized encode(to:)")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("a MustacheView uses its synthesized encode(to:)")
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure("a MustacheView uses its synthesized encode(to:)") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure("a MustacheView uses its synthesized encode(to:)") }
}

private struct UnkeyedTree: UnkeyedEncodingContainer {
    let storage: TreeStorage
    var codingPath: [any CodingKey] { [] }
    var count: Int { storage.items!.count }

    // A nil element is dropped, as MustacheBox drops it from a collection.
    mutating func encodeNil() throws {}
    mutating func encode(_ value: String) throws { storage.items!.append(value) }
    mutating func encode(_ value: Bool) throws { put(value) }
    mutating func encode(_ value: Int) throws { put(value) }
    mutating func encode(_ value: Double) throws { put(value) }
    mutating func encode(_ value: Float) throws { put(value) }
    mutating func encode(_ value: Int8) throws { put(value) }
    mutating func encode(_ value: Int16) throws { put(value) }
    mutating func encode(_ value: Int32) throws { put(value) }
    mutating func encode(_ value: Int64) throws { put(value) }
    mutating func encode(_ value: UInt) throws { put(value) }
    mutating func encode(_ value: UInt8) throws { put(value) }
    mutating func encode(_ value: UInt16) throws { put(value) }
    mutating func encode(_ value: UInt32) throws { put(value) }
    mutating func encode(_ value: UInt64) throws { put(value) }
    private func put(_ value: Any) { if let boxed = MustacheBox.box(value) { storage.items!.append(boxed) } }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if let boxed = MustacheTreeEncoder.tree(value) { storage.items!.append(boxed) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("a MustacheView uses its synthesized encode(to:)")
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("a MustacheView uses its synthesized encode(to:)")
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure("a MustacheView uses its synthesized encode(to:)") }
}

private struct SingleTree: SingleValueEncodingContainer {
    let storage: TreeStorage
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws { storage.single = MustacheTreeEncoder.tree(value) }
    mutating func encode(_ value: String) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Bool) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Int) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Double) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Float) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Int8) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Int16) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Int32) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: Int64) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: UInt) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: UInt8) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: UInt16) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: UInt32) throws { storage.single = MustacheBox.box(value) }
    mutating func encode(_ value: UInt64) throws { storage.single = MustacheBox.box(value) }
}
