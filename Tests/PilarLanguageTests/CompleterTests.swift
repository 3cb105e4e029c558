import PilarCore
@testable import PilarLanguage
import Testing

@Suite struct CompleterTests {
    func complete(_ text: String, session: Session = Session(store: Tiny.store)) -> [String] {
        Completer(session: session).complete(text).candidates
    }

    @Test func sourcesAndKeywordsAtTheStart() {
        #expect(complete("") == ["pillars", "opds", "programmes", "indicators", "measurements", "let", "print", "insert", "upsert", "check"])
        #expect(complete("prog") == ["programmes"])
        #expect(complete("opds\nme") == ["measurements"])
    }

    @Test func insertAndUpsertOfferSourcesThenFieldsThenValues() {
        #expect(complete("ins") == ["insert"])
        #expect(complete("upsert ") == ["pillars", "opds", "programmes", "indicators", "measurements"])
        #expect(complete("insert me") == ["measurements"])
        // Derived fields cannot be set, so they are not offered.
        #expect(complete("insert measurements {") == ["indicator", "year", "target", "actual"])
        #expect(complete("insert measurements {indicator: \"MOB-01.1\", ye") == ["year"])
        #expect(complete("insert programmes [{code: \"X\"}, {code: \"Y\", hor") == ["horizon"])
        #expect(complete("insert programmes {horizon: ") == ["\"quick-win\"", "\"short\"", "\"medium\"", "\"long\""])
        #expect(complete("insert programmes {status: \"st") == ["stalled"])
        #expect(complete("insert programmes {opd: \"DIS") == ["DISHUB"])
        // A comma inside a call is not a field slot.
        #expect(!complete("insert opds {name: coalesce(null, ").contains("head"))
    }

    @Test func updateOffersFieldsAndDeleteOffersCascade() {
        #expect(complete("measurements | where year == 2019 | upd") == ["update"])
        #expect(complete("measurements | where year == 2019 | update ") == ["indicator", "year", "target", "actual"])
        #expect(complete("measurements | update actual = 1, ta") == ["target"])
        #expect(complete("measurements | update actual = act") == ["actual"])
        #expect(complete("programmes | delete ") == ["cascade"])
        #expect(complete("programmes | de") == ["delete"])
    }

    @Test func wordsOfTheStageBeingTyped() {
        #expect(complete("programmes | pivot count() by opd acr").contains("across"))
        #expect(complete("programmes | select code, budget | unpivot budget in").contains("into"))
        #expect(complete("programmes | window n = row_number() by opd so").contains("sort"))
        #expect(!complete("programmes | where bu").contains("across"))
    }

    @Test func stagesAfterAPipe() {
        #expect(complete("programmes | ") == StageKind.names)
        #expect(complete("programmes | wh") == ["where"])
        #expect(complete("programmes\n  | su") == ["summarize"])
    }

    @Test func fieldsOfTheRowInAStage() {
        #expect(complete("programmes | where pil") == ["pillar"])
        #expect(complete("programmes | where bu") == ["budget"])
        #expect(complete("opds | extend n = count(prog") == ["programmes"])
        // Columns computed by earlier stages are offered too.
        #expect(complete("programmes | extend share = 1 | where sh") == ["share"])
        #expect(complete("programmes | summarize total = sum(budget) by pillar | where to") == ["total"])
    }

    @Test func membersAfterADot() {
        let members = complete("indicators | where programme.")
        #expect(members.contains("opd") && members.contains("budget") && members.contains("indicators"))
        #expect(complete("indicators | where programme.opd.na") == ["name"])
        #expect(complete("opds | extend b = sum(programmes.bu") == ["budget"])
    }

    @Test func enumValuesInsideOrBeforeTheQuote() {
        #expect(complete("programmes | where pillar == \"mo") == ["mobility"])
        #expect(complete("programmes | where pillar == mo") == ["\"mobility\""])
        #expect(complete("programmes | where horizon == \"") == ["quick-win", "short", "medium", "long"])
        #expect(complete("programmes | where status != 'st") == ["stalled"])
        #expect(complete("measurements | where band in [\"low\", \"very") == ["very low", "very high"])
        #expect(complete("programmes | where opd == \"DI") == ["DISHUB", "DINKES"])
    }

    @Test func insideARelationPipeline() {
        #expect(complete("opds | where count(programmes | where hor") == ["horizon"])
    }

    @Test func functionsAndLetNames() {
        #expect(complete("programmes | extend x = coal") == ["coalesce"])
        let session = Session(store: Tiny.store)
        session.run(SourceFile(name: "t", text: "let dishub = programmes | where opd == 'DISHUB'")) { _ in }
        #expect(complete("dis", session: session) == ["dishub"])
        #expect(complete("dishub | where bu", session: session) == ["budget"])
    }

    @Test func theWordStartIsAByteOffset() {
        let completion = Completer(session: Session(store: Tiny.store)).complete("programmes | where pil")
        #expect(completion.start == 19)
    }
}
