package aikg.neo4j;
class Placeholder {}
