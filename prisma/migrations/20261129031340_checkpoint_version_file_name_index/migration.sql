-- CreateIndex
CREATE INDEX "CheckpointVersion_fileName_idx" ON "CheckpointVersion"("fileName");
