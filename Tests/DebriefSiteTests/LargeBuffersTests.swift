import Testing
@testable import DebriefSite

@Suite("Large buffers")
struct LargeBuffersTests {
    #if canImport(Glibc)
    @Test("glibc takes the fixed threshold for buffers with pages of their own")
    func thresholdIsTaken() {
        #expect(LargeBuffers.returnToSystemWhenFreed())
    }
    #endif
}
