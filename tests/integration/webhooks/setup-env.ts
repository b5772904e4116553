// What the app's environment provides for webhooks (npm start sets the key; tests set both).
process.env.WEBHOOK_SECRET_KEY ??= "integration-tests-webhook-secret-key-0123456789";
process.env.WEBHOOK_ALLOW_PRIVATE = "1";
