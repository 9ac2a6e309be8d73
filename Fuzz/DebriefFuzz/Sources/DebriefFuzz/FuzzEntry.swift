import Foundation

/// The fuzzed function (libFuzzer's name for it): one input, any bytes, through the whole pipeline.
/// A crash, a trap, memory past `-rss_limit_mb`, or more CPU than ``CPUBudget`` is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let budget = CPUBudget.shared
    let start = CPUBudget.threadSeconds()
    FuzzPipeline.shared.run(data)
    budget.check(spent: CPUBudget.threadSeconds() - start)
    return 0
}
