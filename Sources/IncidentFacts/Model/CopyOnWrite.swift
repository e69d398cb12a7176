/// A value kept in one shared box until a copy of it changes: copying costs one reference
/// count instead of one per field, and a field changed in place (`_modify`) is not copied.
///
/// Fact sheets and incidents are copied many times between loading, merging and rendering;
/// both keep their fields in one of these.
@usableFromInline
package struct CopyOnWrite<Value: Sendable>: Sendable {
    @usableFromInline var box: Box

    @inlinable package init(_ value: Value) {
        box = Box(value)
    }

    @inlinable package var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    /// True when both share one box, so their values are the same without comparing them.
    package func sharesBox(with other: CopyOnWrite) -> Bool { box === other.box }

    // unchecked: the box is written only through `value`'s `_modify`, after it is made unique.
    @usableFromInline final class Box: @unchecked Sendable {
        @usableFromInline var value: Value

        @inlinable init(_ value: Value) {
            self.value = value
        }
    }
}
