extension RegistryHelp {
    /// The help of registry entries in Bahasa Indonesia, keyed as `RegistryHelp.englishEntries`.
    static let indonesian: [String: String] = [:]
}
