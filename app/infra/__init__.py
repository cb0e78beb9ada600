"""Infrastructure: settings, the database and its migrations, file storage, the SMTP sender."""
