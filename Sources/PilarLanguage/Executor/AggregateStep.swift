import PilarCore

extension Executor {
    /// One row's contribution to an aggregate of a stage or group: its argument (and the
    /// order key of `first`/`last`), or the row itself for `count()`.
    @inline(__always)
    func accumulate(_ spec: AggregateSpec, into accumulator: inout Accumulator, _ context: RowContext) throws(Diagnostic) {
        guard let argument = spec.argument else {
            accumulator.addRow()
            return
        }
        if let key = spec.key {
            try accumulator.add(try evaluate(argument, context), key: try evaluate(key, context), span: spec.span)
        } else {
            try accumulator.add(try evaluate(argument, context), span: spec.span)
        }
    }
}
