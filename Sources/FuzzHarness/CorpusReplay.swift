import Foundation

/// Replays inputs through a fuzz target: files, and every regular file under directories.
/// What the non-fuzzing build of `lodestat-fuzz` does, and what the corpus test does.
public enum CorpusReplay {
    /// The regular files at or under `paths`, sorted, hidden files skipped.
    public static func files(at paths: [String]) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else { out.append(path); continue }
            let children = (fm.enumerator(atPath: path)?.allObjects as? [String]) ?? []
            for child in children.sorted() where !child.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                var childIsDirectory: ObjCBool = false
                let full = path + "/" + child
                if fm.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue { out.append(full) }
            }
        }
        return out
    }

    /// Runs every file at or under `paths` through `target`; returns how many ran.
    /// Throws when a path does not exist (a missing corpus must not pass quietly).
    @discardableResult
    public static func replay(_ paths: [String], through target: FuzzTarget) throws -> Int {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        let inputs = files(at: paths)
        for file in inputs {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: file])
            }
            target.run([UInt8](data))
        }
        return inputs.count
    }
}
