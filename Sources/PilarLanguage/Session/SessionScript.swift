import PilarCore
import PilarStore
import PilarRender

/// Running the blocks of report scripts (`for each`, `if`) and the text of `print "… {expr} …"`.
extension Session {
    /// Runs the block once per row of the loop's pipeline, `$variable` bound to the row.
    func runLoop(_ loop: PlannedLoop, _ executor: Executor, source: SourceFile, interrupt: InterruptFlag?,
                 emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        let frame = try executor.run(loop.plan)
        for row in 0..<frame.count {
            var loops = loop.loops
            let reference = frame.rowType.entity.map { Value.ref($0, frame.ids[row]) }
            loops[loop.variable] = LoopRow(rowType: frame.rowType, reference: reference, columns: frame.columns.map { $0[row] })
            do {
                if !(try runBlock(loop.body, loops: loops, source: source, interrupt: interrupt, emit: emit)) { return false }
            } catch {
                throw annotated(error, loop: loop, frame: frame, row: row)
            }
        }
        return true
    }

    /// Checks each statement again with the loop rows' values, then runs it.
    func runBlock(_ statements: [Statement], loops: [String: LoopRow], source: SourceFile, interrupt: InterruptFlag?,
                  emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        for statement in statements {
            // Its warnings were shown when the script was checked ahead.
            var checker = Checker(store: store, source: source, parameters: parameters, bindings: bindingTypes,
                                  staleBindings: staleBindings, bindingLines: bindingLines, bindingFrames: bindingFrames,
                                  interrupt: interrupt)
            checker.loopRows = loops
            checker.insideBlock = true
            let planned = try checker.checkInBlock(statement)
            if !(try execute(planned, source: source, interrupt: interrupt, emit: emit)) { return false }
        }
        return true
    }

    /// The error with "in the for each over …, row N: …" in its hint, once (the innermost loop).
    private func annotated(_ error: Diagnostic, loop: PlannedLoop, frame: Frame, row: Int) -> Diagnostic {
        if error.isInterruption { return error }
        if let hint = error.hintText, hint.is(ScriptMessage.inIteration) || hint.is(ScriptMessage.hintInIteration) { return error }
        let order = ValueOrder(store: store)
        var values: [String] = []
        if let entity = frame.rowType.entity { values.append(order.text(.ref(entity, frame.ids[row]))) }
        for (index, column) in frame.rowType.columns.enumerated().prefix(values.isEmpty ? 2 : 0) {
            let value = frame.columns[index][row]
            values.append("\(column.name)=\(value.isNull ? display.nullText : order.text(value))")
        }
        let iteration = Message(ScriptMessage.inIteration, ["pipeline": .text(loop.label), "row": .number(row + 1),
                                                            "values": .text(values.joined(separator: ", "))])
        var copy = error
        copy.hintText = error.hintText.map { Message(ScriptMessage.hintInIteration, ["hint": .message($0), "iteration": .message(iteration)]) }
            ?? iteration
        return copy
    }

    /// The text of `print "… {expr} …"`: numbers as the table shows them in the session's
    /// locale, a null as the null text.
    func interpolate(_ pieces: [PlannedTextPiece], _ executor: Executor) throws(Diagnostic) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .literal(let literal):
                text += literal
            case .value(let expression, let isYear):
                text += displayText(try executor.evaluate(expression, .outsideAnyRow), isYear: isYear)
            }
        }
        return text
    }

    private func displayText(_ value: Value, isYear: Bool) -> String {
        switch value {
        case .null: display.nullText
        case .int(let number): isYear ? String(number) : DisplayNumber.grouped(number, locale: display.locale)
        case .decimal(let number):
            DisplayNumber.fixed(number, fractionDigits: DisplayNumber.neededDecimals(number, limit: display.decimals), locale: display.locale)
        default: ValueOrder(store: store).text(value)
        }
    }
}
