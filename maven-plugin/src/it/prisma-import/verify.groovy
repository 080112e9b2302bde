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
return true
