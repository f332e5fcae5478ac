// The domain compiles without DOM or Node typings so that neither can leak in; structuredClone is the one
// standard global it uses, present in every runtime it targets (browsers, Node 17+).
declare function structuredClone<T>(value: T): T;
