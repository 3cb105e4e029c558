import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// The loader must never trap, whatever the bytes: it returns a store or reports problems.
@Suite struct RobustnessTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private func outcome(_ files: [Entity: SourceFile]) -> Bool {
        do {
            _ = try MasterplanLoader.load(files: files, title: "fuzz")
            return true
        } catch {
            #expect(!error.diagnostics.isEmpty || error.omitted > 0)
            // Notes about hidden follow-on errors come on top of the kept errors.
            #expect(error.diagnostics.filter { $0.severity == .error }.count <= MasterplanLoader.diagnosticLimit)
            return false
        }
    }

    @Test func mutatedDemoFilesNeverTrap() {
        var random = Generator(state: 2017)
        let original = DemoMasterplan.sourceFiles
        let alphabet: [UInt8] = Array(",\"\n\r -.0123456789eE".utf8) + [0xFF, 0xC3, 0xEF, 0xBB, 0xBF, 0]
        var loaded = 0
        for _ in 0..<150 {
            var files = original
            let entity = Catalog.masterplan.entities[random.next(Catalog.masterplan.entities.count)]
            var bytes = files[entity]!.bytes
            for _ in 0..<(1 + random.next(4)) {
                let at = random.next(bytes.count + 1)
                switch random.next(3) {
                case 0: bytes.insert(alphabet[random.next(alphabet.count)], at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: bytes.removeSubrange(at..<min(bytes.count, at + random.next(200)))
                }
            }
            files[entity] = SourceFile(name: "fuzz/" + Catalog.masterplan[entity].fileName, bytes: bytes)
            if outcome(files) { loaded += 1 }
        }
        // Some mutations are harmless (inside a name), most are not; both paths must be taken.
        #expect(loaded > 0 && loaded < 150)
    }

    @Test(arguments: [
        [UInt8](), [0xEF, 0xBB, 0xBF], Array("\n\n".utf8), Array("\"".utf8), Array(",".utf8),
        Array("\"\"\"".utf8), [0xFF, 0xFE, 0x00], Array("code\r".utf8), Array("code,name,kind\n\"".utf8),
        Array(repeating: UInt8(ascii: ","), count: 100_000),
    ])
    func oddOPDFilesAreReportedNotTrapped(bytes: [UInt8]) {
        var files = Fixture().files()
        files[.opd] = SourceFile(name: "t/opds.csv", bytes: bytes)
        #expect(!outcome(files))
    }

    @Test func aRowWithAMillionFields() {
        var fixture = Fixture()
        fixture.opds += "X" + String(repeating: ",", count: 1_000_000) + "\n"
        #expect(fixture.problems() == ["t/opds.csv:4:6: this row has 1000001 fields but the header has 4 [\(String(repeating: ",", count: 999_996))] (help: a comma inside a value needs the value in quotes: \"a, b\")"])
    }
}
