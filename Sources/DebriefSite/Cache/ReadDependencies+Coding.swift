import DebriefModel
import Foundation

/// What a read took from outside its file (``ReadDependencies``), in the cache's byte format:
/// written in every entry (``CacheEntry``) and every summary item (``SummaryItem``).
extension IncidentCoding {
    static func write(_ dependencies: ReadDependencies, to out: inout CacheWriter) {
        out.write(dependencies.fallback) { out, fallback in
            out.write(fallback.date) { IncidentCoding.write($1, to: &$0) }
            out.write(fallback.source)
        }
        out.write(dependencies.links)
        out.write(dependencies.targets)
        out.write(dependencies.imageURLs) { $0.write($1.url); $0.write($1.line) }
        out.write(dependencies.images) { IncidentCoding.write($1, to: &$0) }
        out.write(dependencies.imageProblems) { IncidentCoding.write($1, to: &$0) }
    }

    static func dependencies(_ input: inout CacheReader) throws -> ReadDependencies {
        var dependencies = ReadDependencies()
        dependencies.fallback = try input.optional { input in
            ReadDependencies.Fallback(date: try input.optional { try IncidentCoding.localDate(&$0) }, source: try input.string())
        }
        dependencies.links = try input.strings()
        dependencies.targets = try input.strings()
        dependencies.imageURLs = try input.array { ImageURL(url: try $0.string(), line: try $0.int()) }
        dependencies.images = try input.array { try IncidentCoding.image(&$0) }
        dependencies.imageProblems = try input.array { try IncidentCoding.diagnostic(&$0) }
        return dependencies
    }
}
