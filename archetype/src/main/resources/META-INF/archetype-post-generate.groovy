// Jars leave out files named .gitignore, so the archetype carries it as "gitignore".
def project = new File(request.outputDirectory, request.artifactId)
new File(project, 'gitignore').renameTo(new File(project, '.gitignore'))
