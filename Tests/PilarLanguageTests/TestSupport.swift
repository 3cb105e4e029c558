import PilarCore
import PilarLanguage
import PilarRender
import PilarStore

/// A tiny masterplan written out in the test, so expected numbers can be checked by hand.
enum Tiny {
    static let store: Store = {
        let files: [Entity: SourceFile] = [
            .opd: SourceFile(name: "opds.csv", text: """
                code,name,kind,head
                DISHUB,Dinas Perhubungan,dinas,Budi
                DINKES,Dinas Kesehatan,dinas,
                BAPPEDA,Badan Perencanaan,badan,Sari

                """),
            .programme: SourceFile(name: "programmes.csv", text: """
                code,name,opd,pillar,horizon,start_year,end_year,budget,status,funding
                MOB-01,Bus Rapid Transit,DISHUB,mobility,long,2018,2023,1000,ongoing,APBD
                MOB-02,Smart Parking,DISHUB,mobility,quick-win,2019,2019,200,planned,
                PPL-01,Digital Posyandu,DINKES,people,short,2018,2020,,done,APBN
                GOV-01,e-Planning,BAPPEDA,governance,quick-win,2018,2019,300,done,APBD

                """),
            .indicator: SourceFile(name: "indicators.csv", text: """
                code,programme,name,unit,polarity,baseline
                MOB-01.1,MOB-01,Passengers,people,positive,100
                MOB-01.2,MOB-01,Travel time,minutes,negative,
                PPL-01.1,PPL-01,Posyandu online,%,positive,0
                GOV-01.1,GOV-01,Documents,%,positive,

                """),
            .measurement: SourceFile(name: "measurements.csv", text: """
                indicator,year,target,actual
                MOB-01.1,2019,200,100
                MOB-01.1,2020,250,260
                MOB-01.2,2019,40,30
                MOB-01.2,2020,35,
                PPL-01.1,2019,50,40
                GOV-01.1,2019,100,100

                """),
        ]
        do throws(DiagnosticList) {
            return try MasterplanLoader.load(files: files, title: "tiny")
        } catch {
            fatalError(DiagnosticFormatter().format(error))
        }
    }()

    /// Runs a script on the tiny store; CSV output for results (exact numbers), errors as text.
    static func run(_ text: String, parameters: [String: Value] = [:]) -> String {
        let session = Session(store: store, format: .csv, parameters: parameters)
        var output = ""
        session.run(SourceFile(name: "t", text: text)) { event in
            switch event {
            case .result(let result, let format): output += Renderer.render(result, RenderOptions(format: format))
            case .text(let text): output += text
            case .note: break
            case .error(let diagnostic): output += "error: " + diagnostic.message + (diagnostic.hint.map { " | " + $0 } ?? "")
            case .warning(let diagnostic): output += "warning: " + diagnostic.message + (diagnostic.hint.map { " | " + $0 } ?? "") + "\n"
            case .errors(let list): output += list.diagnostics.map(\.message).joined(separator: "\n")
            case .quit: output += "<quit>"
            }
        }
        return output
    }

    /// The first diagnostic a script produces, or nil.
    static func diagnostic(_ text: String) -> Diagnostic? {
        let session = Session(store: store, format: .csv)
        var found: Diagnostic?
        session.run(SourceFile(name: "t", text: text)) { event in
            if case .error(let diagnostic) = event, found == nil { found = diagnostic }
        }
        return found
    }
}

/// The error parsing `text` gives, or nil when it parses (a script named `t`).
func parseError(_ text: String) -> Diagnostic? {
    do throws(Diagnostic) {
        _ = try Parser.parse(SourceFile(name: "t", text: text))
        return nil
    } catch {
        return error
    }
}
