extension RenderMessage {
    public var indonesian: String {
        switch self {
        case .oneRow: "1 baris"
        case .rows: "{count} baris"
        }
    }
}
