import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// `top n` and `sort … | take n` keep the first rows with a heap; they must give the rows the
/// full stable sort gives, ties and nulls included.
@Suite struct TopRowsTests {
    static let store = DemoMasterplan.load()

    private func csv(_ script: String) throws -> String {
        let session = Session(store: Self.store, format: .csv)
        var output = ""
        var failed = false
        session.run(SourceFile(name: "t", text: script)) { event in
            switch event {
            case .result(let result, let format): output += Renderer.render(result, RenderOptions(format: format))
            case .error, .errors: failed = true
            default: break
            }
        }
        #expect(!failed, "\(script)")
        return output
    }

    @Test(arguments: [
        ("measurements", "achievement desc", 7),
        ("measurements", "band, year desc", 12),
        ("measurements", "actual", 25),
        ("programmes", "horizon, budget desc", 5),
        ("programmes", "opd", 3),
        ("indicators", "baseline desc", 40),
        ("measurements", "year", 1),
        ("measurements", "year", 0),
    ])
    func sortThenTakeKeepsTheSortedPrefix(source: String, keys: String, count: Int) throws {
        // Taking from a kept result goes through the plain prefix, the reference here.
        let reference = try csv("let s = \(source) | sort \(keys)\ns | take \(count)")
        #expect(try csv("\(source) | sort \(keys) | take \(count)") == reference)
    }

    @Test func topIsTheSortedPrefixToo() throws {
        let reference = try csv("let s = measurements | sort achievement desc\ns | take 9")
        #expect(try csv("measurements | top 9 by achievement") == reference)
        let smallest = try csv("let s = programmes | sort budget\ns | take 4")
        #expect(try csv("programmes | top 4 by budget asc") == smallest)
    }
}
