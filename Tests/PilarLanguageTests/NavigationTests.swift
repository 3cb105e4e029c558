import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// `previous` / `next`: a measurement's neighbours in time, declared by the catalog's sequence.
@Suite struct NavigationTests {
    @Test func previousAndNextAreTheSameIndicatorsYearBeforeAndAfter() {
        #expect(Tiny.run("measurements | where indicator == \"MOB-01.1\" | select year, p = previous.actual, n = next.actual, c = actual - previous.actual")
            == "year,p,n,c\n2019,,260,\n2020,100,,160\n")
    }

    @Test func aGapYearIsNotSkipped() {
        // 2022 follows 2020 with no 2021: its previous is null, not 2020.
        let out = Tiny.run("""
            insert measurements {indicator: "MOB-01.1", year: 2022, target: 300, actual: 310}
            measurements | where indicator == "MOB-01.1" | select year, p = previous.year, n = next.year
            """)
        #expect(out == "year,p,n\n2019,,2020\n2020,2019,\n2022,,\n")
    }

    @Test func navigationChainsAndWorksThroughPathsAndCollections() {
        #expect(Tiny.run("measurements | where next.next is null and next is not null | select indicator, year")
            == "indicator,year\nMOB-01.1,2019\nMOB-01.2,2019\n")
        #expect(Tiny.run("indicators | where code == \"MOB-01.1\" | select s = sum(measurements.previous.actual)")
            == "s\n100\n")
        #expect(Tiny.run("measurements | where year == 2020 | select indicator, y = previous.next.year")
            == "indicator,y\nMOB-01.1,2020\nMOB-01.2,2020\n")
    }

    @Test func aMeasurementShownAsAValueIsNamedByItsKeyNotItsRowNumber() {
        // Review #8: this printed "#1", a row number that changes after deletes.
        #expect(Tiny.run("measurements | where indicator == \"MOB-01.1\" | select year, p = previous")
            == "year,p\n2019,\n2020,MOB-01.1 2019\n")
        #expect(Tiny.run("measurements | where previous is not null | summarize n = count() by previous | sort previous desc")
            == "previous,n\nMOB-01.2 2019,1\nMOB-01.1 2019,1\n")
        #expect(Tiny.run("measurements | where year == 2020 | sort previous desc | select p = previous")
            == "p\nMOB-01.2 2019\nMOB-01.1 2019\n")
    }

    @Test func onlyEntitiesWithASequenceHaveIt() {
        let diagnostic = Tiny.diagnostic("programmes | where previous.budget > 0")
        #expect(diagnostic?.message == "unknown field 'previous' of programme")
        #expect(Tiny.diagnostic("measurements | where previos.actual > 0")?.hint == "did you mean 'previous'?")
    }

    @Test func aFieldNamedLikeANavigationWins() {
        let schema = Tiny.store.schema(.measurement)
        #expect(schema.navigationNames == ["previous", "next"])
        let shadowed = schema.adding(extraColumns: ["previous"])
        #expect(shadowed.navigationNames == ["next"])
        #expect(shadowed.navigationOffset("previous") == nil)
        #expect(shadowed.memberNames.filter { $0 == "previous" }.count == 1)
    }

    @Test func completionOffersThemAfterAMeasurementRow() {
        let completer = Completer(session: Session(store: Tiny.store))
        #expect(completer.complete("measurements | where prev").candidates == ["previous"])
        #expect(completer.complete("measurements | where previous.ne").candidates == ["next"])
        #expect(completer.complete("measurements | where previous.next.ac").candidates == ["actual", "achievement"])
        #expect(!completer.complete("programmes | where pre").candidates.contains("previous"))
    }

    @Test func navigationDependsOnTheRowSoIsNeverInvariant() {
        #expect(!InvariantMarker.isRowFree(.neighbour(of: .currentRow(.measurement), entity: .measurement, offset: -1)))
    }
}
