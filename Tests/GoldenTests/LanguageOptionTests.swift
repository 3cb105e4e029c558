import Foundation
import Testing

/// Choosing the language from the command line: `--lang` beats `PILAR_LANG`, which beats
/// the POSIX locale; an unknown `--lang` is a usage error with a did-you-mean.
@Suite struct LanguageOptionTests {
    func pilar(_ arguments: [String], environment: [String: String] = [:]) throws -> PilarProcess.Outcome {
        try PilarProcess.run(arguments, environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"].merging(environment) { $1 })
    }

    static let english = "language: English (en); .lang en or .lang id changes it\n"
    static let indonesian = "bahasa: Bahasa Indonesia (id); ganti dengan .lang en atau .lang id\n"

    @Test func langOptionEnvironmentAndLocaleInThatOrder() throws {
        #expect(try pilar(["-c", ".lang"]).stdout == Self.english)
        #expect(try pilar(["--lang", "id", "-c", ".lang"]).stdout == Self.indonesian)
        #expect(try pilar(["--lang=id", "-c", ".lang"]).stdout == Self.indonesian)
        #expect(try pilar(["-c", ".lang"], environment: ["PILAR_LANG": "id"]).stdout == Self.indonesian)
        #expect(try pilar(["-c", ".lang"], environment: ["LANG": "id_ID.UTF-8"]).stdout == Self.indonesian)
        #expect(try pilar(["--lang", "en", "-c", ".lang"], environment: ["PILAR_LANG": "id"]).stdout == Self.english)
        #expect(try pilar(["-c", ".lang"], environment: ["PILAR_LANG": "en", "LANG": "id_ID.UTF-8"]).stdout == Self.english)
    }

    @Test func errorsAreWrittenInTheChosenLanguage() throws {
        let outcome = try pilar(["--lang", "id", "-c", ".lang xx"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("kesalahan: bahasa 'xx' tidak dikenal"))
    }

    @Test func aScriptThatCannotBeReadIsSaidInTheChosenLanguage() throws {
        let outcome = try pilar(["--lang", "id", "run", "no/such/script.pilar"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "kesalahan: tidak dapat membaca 'no/such/script.pilar': berkas tidak ada\n")
    }

    @Test func notesAndCountsFollowTheLanguage() throws {
        let outcome = try pilar(["--lang", "id", "-c", ".about", "-c", ".timer on", "-c", "opds | count"])
        #expect(outcome.stdout.contains("      6 pilar, 21 OPD, 66 program, 175 indikator, 1050 pengukuran\n"))
        #expect(outcome.stdout.contains("Waktu jalan: ") || outcome.stderr.contains("Waktu jalan: "))
    }

    @Test func anUnknownLangIsAUsageError() throws {
        let outcome = try pilar(["--lang", "ie", "-c", ".lang"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("unknown language 'ie' (did you mean 'id'?)"))
        #expect(try pilar(["--lnag", "id", "-c", ".lang"]).stderr.contains("Did you mean '--lang'?"))
    }
}
