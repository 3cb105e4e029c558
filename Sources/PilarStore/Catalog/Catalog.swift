import PilarCore

/// Every entity of a masterplan, each declared once (`Catalog.masterplan`). The store, the
/// loader, validation of writes, `.schema`, the checker, completion and help all read it, so a
/// new entity is one more declaration here and nothing else.
public struct Catalog: Sendable {
    /// In load order: an entity's references point at entities before it.
    public let declarations: [EntityDeclaration]
    private let namesToEntities: [String: Entity]
    private let collectionsByEntity: [[CollectionSchema]]
    /// `isFixedList` per entity, apart: sorting asks it for every pair of rows, and copying a
    /// whole declaration there would cost a retain per text and array in it.
    private let fixedLists: [Bool]

    /// Builds a catalog; a reference to an entity declared later, or a duplicate name, is a
    /// programming error in the declaration and stops at once.
    public init(_ declarations: [EntityDeclaration]) {
        var numbered = declarations
        var names: [String: Entity] = [:]
        for index in numbered.indices {
            numbered[index].entity = Entity(id: index)
            for name in [numbered[index].singular, numbered[index].plural] + numbered[index].aliases {
                precondition(names[name] == nil, "catalog: the name '\(name)' is declared twice")
                names[name] = Entity(id: index)
            }
        }
        var collections = Array(repeating: [CollectionSchema](), count: numbered.count)
        for declaration in numbered {
            for field in declaration.fields {
                guard case .reference(let target) = field.type else { continue }
                // The loader and the edits keep a row index in every reference cell.
                precondition(!field.nullable, "catalog: \(declaration.singular).\(field.name) is a reference and cannot be nullable")
                precondition(target.id < declaration.entity.id,
                             "catalog: \(declaration.singular).\(field.name) must refer to an entity declared before it")
                precondition(numbered[target.id].codeField != nil,
                             "catalog: \(numbered[target.id].singular) has no code to be referred to by")
                if let reverse = field.reverse {
                    precondition(numbered[target.id].field(named: reverse) == nil,
                                 "catalog: \(numbered[target.id].singular).\(reverse) is both a field and a collection")
                    collections[target.id].append(
                        CollectionSchema(name: reverse, target: declaration.entity, backReference: field.name))
                }
            }
        }
        for declaration in numbered {
            if let sequence = declaration.sequence {
                precondition(declaration.field(named: sequence.series) != nil && declaration.field(named: sequence.step)?.type == .int,
                             "catalog: the sequence of \(declaration.plural) needs a series field and an int step field")
            }
            // Default rows are given as text (the pillars), one cell per field.
            for row in declaration.defaultRows ?? [] {
                precondition(row.count == declaration.fields.count && declaration.fields.allSatisfy { $0.type == .text },
                             "catalog: the default rows of \(declaration.plural) must be text, one cell per field")
            }
        }
        self.declarations = numbered
        self.namesToEntities = names
        self.collectionsByEntity = collections
        self.fixedLists = numbered.map(\.isFixedList)
    }

    /// Whether an entity is a small fixed list (see `EntityDeclaration.isFixedList`).
    @inline(__always)
    public func isFixedList(_ entity: Entity) -> Bool { fixedLists[entity.id] }

    /// Every entity, in load order.
    public var entities: [Entity] { declarations.map(\.entity) }

    public subscript(entity: Entity) -> EntityDeclaration { declarations[entity.id] }

    /// The entity a source, singular or alias name stands for.
    public func entity(named name: String) -> Entity? { namesToEntities[name] }

    /// The entity whose source (plural or alias) name this is; singular names are not sources.
    public func source(named name: String) -> Entity? {
        guard let entity = namesToEntities[name], self[entity].singular != name else { return nil }
        return entity
    }

    /// Every source name (plurals and aliases), for did-you-mean and completion.
    public var sourceNames: [String] { declarations.flatMap { [$0.plural] + $0.aliases } }

    /// The plural names only, in load order (what completion offers first).
    public var pluralNames: [String] { declarations.map(\.plural) }

    /// The collections of referring rows reachable from an entity (`opd.programmes`).
    public func collections(of entity: Entity) -> [CollectionSchema] { collectionsByEntity[entity.id] }

    /// The reference fields, over all entities, that point at `entity`.
    public func referencesTo(_ entity: Entity) -> [(entity: Entity, field: String)] {
        collectionsByEntity[entity.id].map { ($0.target, $0.backReference) }
    }

    /// A copy with more entities declared after the existing ones (a test's extra level).
    public func adding(_ more: [EntityDeclaration]) -> Catalog {
        Catalog(declarations + more)
    }

    /// The query view of an entity: stored fields, derived fields, extra columns, collections.
    public func schema(of entity: Entity, extraColumns: [String] = []) -> EntitySchema {
        let declaration = self[entity]
        var fields = declaration.fields.map { FieldSchema($0.name, $0.type, nullable: $0.nullable, doc: $0.doc) }
        fields += declaration.derived.flatMap(\.fields)
        let schema = EntitySchema(entity: entity, fields: fields, collections: collections(of: entity), codeField: declaration.codeField,
                                  sequence: declaration.sequence)
        return schema.adding(extraColumns: extraColumns)
    }
}
