//! Things joined pairwise into groups (union–find), for claims joined by links and statements
//! joined by likeness.

/// A partition of `0..n` into groups, refined by joining pairs.
#[derive(Clone, Debug)]
pub struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    /// `n` things, each alone.
    pub fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    /// The smallest member of `i`'s group so far, which stands for the group.
    pub fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Puts `a` and `b` in one group.
    pub fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.parent[a.max(b)] = a.min(b);
    }

    /// The groups, each in increasing order, ordered by their first member.
    pub fn into_groups(mut self) -> Vec<Vec<usize>> {
        let mut slot = vec![usize::MAX; self.parent.len()];
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..self.parent.len() {
            let root = self.root(i);
            if slot[root] == usize::MAX {
                slot[root] = groups.len();
                groups.push(Vec::new());
            }
            groups[slot[root]].push(i);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_pairs_make_groups_in_order_of_their_first_member() {
        let mut groups = Groups::new(6);
        groups.join(4, 1);
        groups.join(5, 3);
        groups.join(1, 5);
        assert_eq!(groups.root(5), 1);
        assert_eq!(groups.into_groups(), [vec![0], vec![1, 3, 4, 5], vec![2]]);
    }
}
