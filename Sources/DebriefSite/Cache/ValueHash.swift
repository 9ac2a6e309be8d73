import Foundation

/// The hash of a page's boxed view (``MustacheBox``), or of any value: strings, numbers,
/// flags, dates to the bit, arrays in order, dictionaries and sets in any order (so equal
/// values hash equal in every process), structs and enums field by field through `Mirror`.
struct ValueHash {
    func of(_ value: Any) -> UInt64 {
        var hash = StableHash()
        combine(value, into: &hash)
        return hash.value
    }

    func combine(_ value: Any, into hash: inout StableHash) {
        switch value {
        case let text as String: hash.combine(1); hash.combine(text)
        case let text as Substring: hash.combine(1); hash.combine(String(text))
        case let flag as Bool: hash.combine(2); hash.combine(flag)
        case let number as Int: hash.combine(3); hash.combine(number)
        case let number as Double: hash.combine(4); hash.combine(number.bitPattern)
        case let date as Date: hash.combine(8); hash.combine(date.timeIntervalSinceReferenceDate.bitPattern)
        case let array as [Any]:
            hash.combine(5); hash.combine(array.count)
            for element in array { combine(element, into: &hash) }
        case let fields as [String: Any]:
            hash.combine(6); hash.combine(fields.count)
            for key in fields.keys.sorted() {
                hash.combine(key)
                combine(fields[key]!, into: &hash)
            }
        default:
            combine(mirrored: value, into: &hash)
        }
    }

    private func combine(mirrored value: Any, into hash: inout StableHash) {
        let mirror = Mirror(reflecting: value)
        hash.combine(String(reflecting: mirror.subjectType))
        switch mirror.displayStyle {
        case .dictionary?, .set?:
            // In any order: the sorted hashes of the elements.
            let elements = mirror.children.map { of($0.value) }.sorted()
            hash.combine(elements.count)
            for element in elements { hash.combine(element) }
        case .enum?:
            hash.combine(mirror.children.isEmpty ? String(describing: value) : mirror.children.first?.label ?? "")
            for child in mirror.children { combine(child.value, into: &hash) }
        case nil:
            // A value with no structure to walk (a number of another width, a URL): its full description, and any children.
            hash.combine(String(reflecting: value))
            fallthrough
        default:
            hash.combine(mirror.children.count)
            for child in mirror.children {
                hash.combine(child.label ?? "")
                combine(child.value, into: &hash)
            }
        }
    }
}
