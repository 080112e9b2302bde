def model = new File(basedir, 'src/main/java/com/acme/blog/model')
assert new File(model, 'package-info.java').text.contains('@Naming(NamingStyle.VERBATIM)')
def post = new File(model, 'Post.java').text
assert post.contains('@DbType("varchar(200)") String title,') : post
assert post.contains('@Relation(fields = "authorId", references = "id") User author,') : post

def log = new File(basedir, 'build.log').text
assert log.contains('Imported 4 models and 1 enums from') : 'the first import wrote the records'
assert log =~ /Nothing was written: 6 of the files to write already exist .*: -Dquarry\.overwrite\./ : 'the second import refused'
assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/ : 'the project test ran and passed'
assert !log.contains('[WARNING] /') : 'the imported records compile without warnings'
def migrations = new File(basedir, 'src/main/resources/db/quarry/migrations')
assert migrations.listFiles().any { it.isDirectory() && it.name.endsWith('_baseline') } : 'the baseline migration was written'
assert log =~ /Ran 15 statement\(s\)\./ : "Prisma's DDL ran"
assert log =~ /Created \d{14}_baseline from the schema and marked it applied: the database is exactly what it creates\./
assert log.contains('Statement 2 of 2 failed, so none was kept') : 'the half-bad script was refused whole'
assert (log =~ /The database is up to date\./).size() == 2 : 'no drift after the baseline, nor after the refused script'
assert log.contains('Pulled 4 models and 1 enums into') : 'db-pull read the database'
def pulled = new File(basedir, 'target/pulled/com/acme/blog/pulled/Post.java').text
assert pulled.contains('@Relation(fields = "authorId", references = "id") User author') : pulled
assert pulled.contains('List<Tag> tags') : pulled
return true
